import { chromium, type Browser, type Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const CHROMIUM_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Collects uncaught page errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

export async function waitForState(page: Page, state?: "ready" | "error") {
  const selector = state ? `[data-state="${state}"]` : '[data-state="ready"], [data-state="error"]';
  await page.waitForSelector(selector, { timeout: 15_000 });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page, context?: string) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (ctx) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(ctx ?? document, { resultTypes: ["violations"] });
    return r.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  }, context);
  return result.filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical");
}
