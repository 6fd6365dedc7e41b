/**
 * How long the built app takes to be ready, or to refuse with a report, on files and servers that
 * are within the import limits but cost a lot (tests/fixtures/makeHostileInputs.ts,
 * tests/e2e/support/hostileRoutes.ts), next to ordinary files of 1,000 and 10,000 events. For each:
 * ms from navigation to data-state="ready" or "error", the longest main-thread task meanwhile
 * (how long the tab could not answer input), the JS heap after a forced GC once settled, and the
 * alert's first words. It reports and never judges. Given several builds (--dist a,b), it takes
 * their runs in turn, so that a busy machine slows each of them alike.
 *
 *   npx tsx scripts/measure-hostile-loads.ts [--dist dist[,other-dist]] [--runs 3] [--cases sets-20k,plain-1k] [--timeout 60]
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { PROBE_SOURCE, type ProbeState } from "../bench/pageProbe";
import { generateDataset } from "../bench/generateDataset";
import { startStaticServer } from "../tests/e2e/support/staticServer";
import { chunkedBody, gzipBomb, neverAnswers, stallsAfterHeaders } from "../tests/e2e/support/hostileRoutes";
import { edtfSetDataset, invalidActorIdsDataset, slowDateDataset, unknownActorsDataset } from "../tests/fixtures/makeHostileInputs";

const MB = 1024 * 1024;
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dists = option("dist", "dist").split(",").map((d) => resolve(d));
const runs = Number(option("runs", "3"));
const timeoutMs = Number(option("timeout", "60")) * 1000;

/** Each case: a file written to the data folder, or a misbehaving route; and how many runs it gets. */
const CASES: Record<string, { file?: () => string; route?: string; runs?: number }> = {
  "plain-1k": { file: () => JSON.stringify(generateDataset({ count: 1000 })) },
  "plain-10k": { file: () => JSON.stringify(generateDataset({ count: 10_000 })) },
  "plain-100k": { file: () => JSON.stringify(generateDataset({ count: 100_000 })) },
  "sets-20k": { file: () => edtfSetDataset(20_000), runs: 1 },
  "sets-100k": { file: () => edtfSetDataset(100_000), runs: 1 },
  "slow-dates-5k": { file: () => slowDateDataset(5000), runs: 1 },
  "unknown-actors-60k": { file: () => unknownActorsDataset(60_000), runs: 1 },
  "bad-actor-ids-50k": { file: () => invalidActorIdsDataset(50_000), runs: 1 },
  "gzip-1.1GB": { route: "/measure/bomb.json", runs: 1 },
  "chunked-60MB": { route: "/measure/chunked.json", runs: 1 },
  "never-answers": { route: "/measure/never.json", runs: 1 },
  "stalls-after-headers": { route: "/measure/stall.json", runs: 1 },
};
const chosen = option("cases", Object.keys(CASES).join(",")).split(",");

const dataDir = mkdtempSync(join(tmpdir(), "hostile-loads-"));
for (const name of chosen) {
  const make = CASES[name]?.file;
  if (make) writeFileSync(join(dataDir, `${name}.json`), make());
}
const routes = {
  "/measure/bomb.json": gzipBomb(1100 * MB),
  "/measure/chunked.json": chunkedBody(60 * MB),
  "/measure/never.json": neverAnswers,
  "/measure/stall.json": stallsAfterHeaders,
};
const servers = await Promise.all(dists.map((dist) => startStaticServer({ "/": dist, "/data/": dataDir }, {}, routes)));
// The gzip bomb is made when first asked for (seconds of server work): not while a page waits.
if (chosen.includes("gzip-1.1GB")) await new Promise<void>((done) => get(`${servers[0].url}/measure/bomb.json`, (res) => res.on("data", () => {}).on("end", done)));
const browser: Browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
});

interface Run {
  state: string;
  ms: number | null;
  longestTaskMs: number;
  heapMB: number | null;
  alert: string;
}

async function measure(siteUrl: string, path: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE_SOURCE);
  const cdp = await context.newCDPSession(page);
  void page.goto(`${siteUrl}/?data=${encodeURIComponent(path)}`).catch(() => {});
  const started = Date.now();
  let probe: ProbeState | undefined;
  while (Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    probe = await page.evaluate(() => (window as unknown as { __bench?: ProbeState }).__bench).catch(() => undefined);
    if (probe && (probe.readyMs !== null || probe.errorMs !== null)) break;
  }
  const settledMs = probe?.readyMs ?? probe?.errorMs ?? null;
  let heapMB: number | null = null;
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    heapMB = Math.round((usage.usedSize / MB) * 10) / 10;
  } catch {
    // A crashed or frozen page has no heap to report.
  }
  const alert = settledMs === null ? "" : ((await page.textContent('[role="alert"]', { timeout: 1000 }).catch(() => "")) ?? "").replace(/\s+/g, " ").trim();
  const state = probe?.readyMs != null ? "ready" : probe?.errorMs != null ? "error" : `still loading after ${timeoutMs / 1000} s`;
  const longestTaskMs = Math.round(Math.max(0, ...(probe?.longTasks ?? []).map((t) => t.durationMs)));
  await context.close();
  return { state, ms: settledMs === null ? null : Math.round(settledMs), longestTaskMs, heapMB, alert: alert.slice(0, 140) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[][] = dists.map(() => []);
for (const name of chosen) {
  const c = CASES[name];
  if (!c) throw new Error(`no case "${name}" (cases: ${Object.keys(CASES).join(", ")})`);
  const path = c.route ?? `data/${name}.json`;
  const results: Run[][] = dists.map(() => []);
  for (let i = 0; i < (c.runs ?? runs); i++) {
    for (let d = 0; d < dists.length; d++) results[d].push(await measure(servers[d].url, path));
  }
  results.forEach((runsOfDist, d) => {
    const times = runsOfDist.map((r) => r.ms).filter((m): m is number => m !== null);
    const last = runsOfDist[runsOfDist.length - 1];
    const all = runsOfDist.length > 1 ? ` (${runsOfDist.map((r) => r.ms ?? "—").join(", ")})` : "";
    rows[d].push(`| ${name} | ${last.state} | ${times.length ? median(times) : "—"}${all} | ${median(runsOfDist.map((r) => r.longestTaskMs))} | ${last.heapMB ?? "—"} | ${last.alert.replace(/\|/g, "\\|")} |`);
  });
}
dists.forEach((dist, d) => {
  console.log(`\ndist: ${dist}`);
  console.log("| case | state | ms to ready or refusal (median) | longest task ms | heap MB after GC | alert |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const row of rows[d]) console.log(row);
});
await browser.close();
await Promise.all(servers.map((server) => server.close()));
