/**
 * The network waterfall of a `?data=` page: every request's start and end after navigation start
 * (Resource Timing), and the app's `load:` step measures, as a table and a text chart. It shows
 * what waits on what: a request that starts only when another ends is a link in a chain.
 *
 *   npx tsx bench/waterfall.ts [--dist bench/.dist] [--size 1000] [--latency 0] [--runs 1]
 *
 * Uses a build made by `npm run bench` (bench/.dist, with its bench-data/). `--latency MS` adds
 * that round-trip time to every request (Chromium's network emulation), which makes chains plain
 * on a loopback server where each request takes a millisecond.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startStaticServer } from "../tests/e2e/support/staticServer";
import { VIEWPORT } from "./benchConfig";
import { PROBE_SOURCE } from "./pageProbe";
import { STEP_ENTRIES_SOURCE, type StepEntry } from "./loadSteps";
import { median } from "./stats";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface Row {
  what: string;
  startMs: number;
  endMs: number;
  /** For the app's steps: the time the step ran. */
  workMs?: number;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

const RESOURCES_SOURCE = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const rows = [{ what: "(document) " + location.pathname + location.search, startMs: 0, endMs: nav ? nav.responseEnd : 0 }];
  for (const e of performance.getEntriesByType("resource")) {
    const url = new URL(e.name);
    rows.push({ what: e.initiatorType + " " + url.pathname.split("/").pop() + url.search, startMs: e.startTime, endMs: e.responseEnd });
  }
  if (nav) rows.push({ what: "(DOMContentLoaded)", startMs: nav.domContentLoadedEventStart, endMs: nav.domContentLoadedEventEnd });
  return rows;
})()`;

async function main() {
  const dist = resolve(option("dist", join(ROOT, "bench", ".dist")));
  const size = option("size", "1000");
  const latencyMs = Number(option("latency", "0"));
  const runs = Number(option("runs", "1"));
  const data = join(ROOT, "bench", ".dist", "bench-data", `events-${size}.json`);
  if (!existsSync(data)) throw new Error(`no ${data}: run npm run bench -- --sizes ${size} first (it builds bench/.dist and writes the data)`);
  const server = await startStaticServer({ "/": dist, "/bench-data/": join(ROOT, "bench", ".dist", "bench-data") });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const all: Row[][] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript({ content: PROBE_SOURCE });
      const page = await context.newPage();
      if (latencyMs > 0) {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
      }
      await page.goto(`${server.url}/?data=bench-data/events-${size}.json`);
      await page.waitForFunction("window.__bench.readyMs !== null || window.__bench.errorMs !== null", null, { timeout: 60_000 });
      const rows = (await page.evaluate(RESOURCES_SOURCE)) as Row[];
      const steps = (await page.evaluate(STEP_ENTRIES_SOURCE)) as StepEntry[];
      const readyMs = (await page.evaluate("window.__bench.readyMs")) as number;
      rows.push(...steps.map((s) => ({ what: `step ${s.name}`, startMs: s.startMs, endMs: s.endMs, workMs: s.workMs })));
      rows.push({ what: "(ready)", startMs: readyMs, endMs: readyMs });
      all.push(rows);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // Medians by row over the runs; a file's hash is the same in every run, so rows match by name.
  const rows = all[0].map((row) => {
    const same = all.map((r) => r.find((x) => x.what === row.what));
    const workMs = median(same.map((x) => x?.workMs));
    return {
      what: workMs === undefined ? row.what : `${row.what} (ran ${workMs.toFixed(0)} ms)`,
      startMs: median(same.map((x) => x?.startMs)) ?? row.startMs,
      endMs: median(same.map((x) => x?.endMs)) ?? row.endMs,
    };
  });
  rows.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const last = Math.max(...rows.map((r) => r.endMs));
  const width = 60;
  const col = (ms: number) => Math.round((ms / last) * width);
  const name = Math.max(...rows.map((r) => r.what.length));
  console.log(`Waterfall of ?data=events-${size}.json (${dist}), latency ${latencyMs} ms, medians of ${runs} run(s); ms after navigation start:\n`);
  for (const r of rows) {
    const bar = " ".repeat(col(r.startMs)) + "#".repeat(Math.max(1, col(r.endMs) - col(r.startMs)));
    console.log(`${r.what.padEnd(name)}  ${r.startMs.toFixed(0).padStart(5)} → ${r.endMs.toFixed(0).padStart(5)}  |${bar.padEnd(width)}|`);
  }
}

main().catch((e: Error) => {
  console.error(`[waterfall] ${e.message}`);
  process.exit(1);
});
