import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { launchBrowser, waitForState, watchErrors } from "./support/browser";
import { chooseFileFromDataMenu } from "./support/dataMenu";

const appUrl = inject("appUrl");
const SMALL = new URL("./fixtures/small.json", import.meta.url).pathname;
const small = JSON.parse(readFileSync(SMALL, "utf8"));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A page in a fresh browser profile (its own storage): as someone else opening a link. */
async function freshPage(url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await waitForState(page);
  return { page, errors, context };
}

async function openFile(page: Page, file: string) {
  await chooseFileFromDataMenu(page, file);
  await page.waitForSelector("dialog.import-dialog[open]");
  await page.click("text=Open this timeline");
}

/** Events whose text does not compress much, so that the link grows with them. */
function bigTimeline(events: number) {
  let seed = 7;
  const word = () => {
    let w = "";
    for (let i = 0; i < 7; i++) w += String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    return w;
  };
  return {
    ...small,
    title: "A timeline too large for a link",
    events: Array.from({ length: events }, (_, i) => ({ ...small.events[0], id: `event-${i}`, title: Array.from({ length: 8 }, word).join(" "), summary: Array.from({ length: 30 }, word).join(" ") })),
  };
}

const markCount = (page: Page) => page.locator("[data-event-id]").count();

describe("share links", () => {
  it("the Embed dialog's share link, opened in a fresh browser profile, shows the same timeline, which can be added to the library", async () => {
    const { page, context } = await freshPage(`${appUrl}/`);
    await openFile(page, SMALL);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("A small test timeline"));
    await page.click("button:text-is('Embed')");
    await page.waitForSelector("dialog[open] .embed-dialog-share-link");
    const link = await page.inputValue(".embed-dialog-share-link");
    expect(link).toMatch(/#t=[A-Za-z0-9_-]+$/);
    // The embed carries the timeline too: it can be embedded with no server.
    expect(await page.inputValue("dialog textarea")).toContain("#t=");
    expect(await page.textContent("dialog")).not.toContain("This embed will not show");
    const marks = await markCount(page);
    await context.close();

    const other = await freshPage(link);
    expect(await other.page.getAttribute("#app", "data-state")).toBe("ready");
    expect(await other.page.textContent("h1")).toContain("A small test timeline");
    expect(await markCount(other.page)).toBe(marks);
    expect(await other.page.textContent(".data-notice")).toMatch(/carried in the link you opened\. It is not in your library/);
    await other.page.click("text=Add to my library");
    await other.page.waitForFunction(() => localStorage.getItem("diplomacy-timeline:current"));
    expect(new URL(other.page.url()).hash).toBe("");
    await other.page.goto(`${appUrl}/?view=library`);
    await other.page.waitForSelector(".library-table");
    expect(await other.page.textContent(".library-table tbody")).toContain("A small test timeline");
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it("a damaged link gives a clear error with role=alert, never a blank page", async () => {
    for (const hash of ["#t=not$base64", "#t=aGVsbG8gd29ybGQ", `#t=${deflateRawSync(Buffer.from('{"hello": "world"}')).toString("base64url")}`]) {
      const { page, errors, context } = await freshPage(`${appUrl}/${hash}`);
      expect(await page.getAttribute("#app", "data-state")).toBe("error");
      expect(await page.textContent("[role=alert]")).toMatch(/This timeline could not be opened.*(link|problem)/s);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("a link at the stated limit (64 KB) opens in Chromium; a timeline past it gets a clear message in the Embed dialog", async () => {
    // Measured: the largest timeline under the limit, packed as the app packs it.
    let events = 200;
    const fragmentOf = (n: number) => deflateRawSync(Buffer.from(JSON.stringify(bigTimeline(n)))).toString("base64url");
    while (fragmentOf(events + 10).length <= 64 * 1024) events += 10;
    const atLimit = fragmentOf(events);
    expect(atLimit.length).toBeGreaterThan(60 * 1024);
    const { page, context } = await freshPage(`${appUrl}/#t=${atLimit}`);
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    expect(await page.evaluate(() => location.hash.length)).toBe(atLimit.length + 3);
    console.log(`a ${(atLimit.length / 1024).toFixed(1)} KB share link (${events} events) opens in Chromium`);

    const dir = mkdtempSync(join(tmpdir(), "share-"));
    const file = join(dir, "big.json");
    writeFileSync(file, JSON.stringify(bigTimeline(events + 40)));
    await openFile(page, file);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("too large for a link"));
    await page.click("button:text-is('Embed')");
    await page.waitForSelector("dialog[open] .embed-dialog-share [role=alert]");
    expect(await page.textContent("dialog[open] .embed-dialog-share [role=alert]")).toMatch(/too large for a link: it needs \d+ KB, and a link carries at most 64 KB.*npm run build -- --data/s);
    expect(await page.locator(".embed-dialog-share-link").count()).toBe(0);
    await context.close();
  });
});
