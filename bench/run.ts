/**
 * `npm run bench`: build the app, generate seeded datasets, load each in headless
 * Chromium through `?data=` (and the default view and the embed as pages), and measure load time,
 * frame times during wheel zoom and drag pan, long tasks, JS heap and the gzip size of the JS and
 * CSS loaded. Medians over several runs go to bench/results/<date>.json,
 * bench/results/latest.json and a Markdown table on stdout.
 *
 * With `--against PATH` it also builds another checkout of this repository and with `--peer
 * vis-timeline` loads the same events into vis-timeline; every target runs alternately with ours,
 * run by run, in the same browser, and the report gives both medians and the ratio ours/theirs.
 *
 * It reports and never judges: slowness, a timeout or an error page is a result, not a failure.
 * It exits non-zero only when the harness itself cannot run (a build fails, no browser).
 *
 *   npm run bench -- --help
 */
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Response as PageResponse } from "playwright-core";
import { startStaticServer } from "../tests/e2e/support/staticServer";
import { FRAME_BUDGET_MS, FRAME_JITTER_MS, PAN_STEPS, VIEWPORT, WHEEL_DELTA_PX, ZOOM_STEPS } from "./benchConfig";
import { DEFAULT_SEED, generateDataset } from "./generateDataset";
import { interleave } from "./interleave";
import { PROBE_SOURCE, type LongTaskEntry, type ProbeState } from "./pageProbe";
import { caseLabel, parseBenchArgs, USAGE, type BenchCase, type BenchOptions, type Peer } from "./parseBenchArgs";
import { AGAINST_MEASURES, compareResults, PEER_MEASURES, renderComparison, renderTables, type Measure } from "./renderReport";
import { collectSteps, STEP_ENTRIES_SOURCE, type StepEntry } from "./loadSteps";
import { summarise, summariseLongTasks, type AssetSize, type GestureResult, type RunResult, type SizeResult, type ThreadTime } from "./summarise";
import { fmt, percentile } from "./stats";
import { toVisData } from "./toVisData";
import { visTimelineVersion, writeVisHarness } from "./writeVisHarness";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = join(ROOT, "bench", ".dist");
const DATA_DIR = join(OUT_DIR, "bench-data");
const RESULTS_DIR = join(ROOT, "bench", "results");
/** The peer's harness page and vis-timeline's script, served from their own port. */
const PEER_DIR = join(OUT_DIR, "peer-vis-timeline");
/** The dataset the app bundles: what the default view shows, and what the peer gets for "bundled". */
const BUNDLED_DATASET = join(ROOT, "data", "events.json");
const CHROMIUM_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const MB = 1024 * 1024;
/** One input whose frame takes longer than this ends the gestures of that run as "stalled". */
const STALL_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// Helpers

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took over ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function threadMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

function threadDelta(after: Record<string, number>, before: Record<string, number> = {}): ThreadTime {
  const d = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return { scriptMs: d("ScriptDuration"), layoutMs: d("LayoutDuration"), styleMs: d("RecalcStyleDuration"), taskMs: d("TaskDuration") };
}

const probe = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

function git(args: string[], cwd = ROOT): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/** A checkout's short commit, and whether its src/ has uncommitted changes (the build includes them). */
function checkoutState(dir: string): { commit?: string; srcDirty: boolean } {
  return { commit: git(["rev-parse", "--short", "HEAD"], dir), srcDirty: (git(["status", "--porcelain", "--", "src"], dir) ?? "") !== "" };
}

// ---------------------------------------------------------------------------------------------
// Steps

/** `vite build` of a checkout with its own vite, into `outDir`; throws when the build fails. */
function build(checkout: string, outDir: string, what: string) {
  log(`building ${what} into ${outDir} (vite build)…`);
  const started = Date.now();
  const vite = join(checkout, "node_modules", ".bin", "vite");
  if (!existsSync(vite)) throw new Error(`${checkout} has no node_modules/.bin/vite: run npm ci there first`);
  const args = ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"];
  // Vite bundles vite.config.ts into node_modules/.vite-temp/ to load it; its module runner loads
  // it in memory instead (Vite 6.1 and later), so that building another checkout writes nothing in it.
  const viteMajor = Number(/^(\d+)\./.exec(readPackageVersion(join(checkout, "node_modules", "vite")) ?? "")?.[1] ?? 0);
  if (viteMajor >= 7) args.push("--configLoader", "runner");
  const result = spawnSync(vite, args, { cwd: checkout, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`vite build of ${what} failed (exit ${result.status ?? result.signal}); fix the build, then run the benchmark again`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function readPackageVersion(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * Where the --against build goes: a folder in the system's temp directory named for the checkout,
 * so that nothing is written into the other checkout and `--skip-build` finds it again.
 */
function againstOutDir(checkout: string): string {
  return join(tmpdir(), `diplomacy-timeline-bench-against-${createHash("sha256").update(checkout).digest("hex").slice(0, 12)}`);
}

/**
 * The generated datasets (and, for the peer, the same events in vis-timeline's format), in
 * bench-data/ where every target's server finds them. Returns each case's dataset size in bytes.
 */
function writeDatasets(sizes: BenchCase[], seed: number, peer: Peer | undefined): Map<BenchCase, number> {
  mkdirSync(DATA_DIR, { recursive: true });
  const bytes = new Map<BenchCase, number>();
  const written: string[] = [];
  for (const size of sizes) {
    if (size === "embed") continue;
    const name = size === "bundled" ? "bundled" : `events-${size}`;
    const dataset = size === "bundled" ? (JSON.parse(readFileSync(BUNDLED_DATASET, "utf8")) as Parameters<typeof toVisData>[0]) : generateDataset({ count: size, seed });
    if (size === "bundled") bytes.set(size, statSync(BUNDLED_DATASET).size);
    else {
      const text = JSON.stringify(dataset);
      writeFileSync(join(DATA_DIR, `${name}.json`), text);
      bytes.set(size, Buffer.byteLength(text));
      written.push(`${name}.json (${(Buffer.byteLength(text) / MB).toFixed(1)} MB)`);
    }
    if (peer === "vis-timeline") {
      writeFileSync(join(DATA_DIR, `${name}.vis.json`), JSON.stringify(toVisData(dataset)));
      written.push(`${name}.vis.json`);
    }
  }
  if (written.length) log(`datasets written: ${written.join(", ")}`);
  return bytes;
}

/** A point inside the chart's visible part, after scrolling it into view; undefined without a chart. */
async function chartPoint(page: Page, xFraction: number) {
  const box = await probe<{ left: number; right: number; top: number; bottom: number } | null>(page, "window.__bench.locateChart()");
  if (!box) return undefined;
  return { x: box.left + (box.right - box.left) * xFraction, y: (box.top + box.bottom) / 2, widthPx: box.right - box.left };
}

/** One stretch of input, measured: the raw material of a GestureResult. */
interface Phase {
  steps: number;
  plannedSteps: number;
  durationMs: number;
  frameMs: number[];
  /** Wall time per input step, as the harness saw it (input sent → its frame rendered). */
  stepMs: number[];
  longTasks: LongTaskEntry[];
  thread: ThreadTime;
  viewChanged: boolean;
  pageScrolled: boolean;
  /** A frame did not come within the time budget: the page was stuck, later gestures skipped. */
  stalled: boolean;
}

/**
 * Send `plannedSteps` inputs; after each, wait for the frame that shows it. Frame intervals come
 * from a requestAnimationFrame loop in the page. Stops early (and says so) past its time budget.
 */
async function measurePhase(page: Page, cdp: CDPSession, plannedSteps: number, budgetMs: number, step: (i: number) => Promise<void>): Promise<Phase> {
  const before = await probe<{ view: string; scrollY: number }>(page, "window.__bench.viewSignature()");
  const metricsBefore = await threadMetrics(cdp);
  const startMs = await probe<number>(page, "window.__bench.startFrames()");
  const started = Date.now();
  const stepMs: number[] = [];
  let stalled = false;
  let viewChanged = false;
  try {
    for (let i = 0; i < plannedSteps && Date.now() - started < budgetMs; i++) {
      const stepStarted = Date.now();
      await withTimeout(
        step(i).then(() => probe(page, "window.__bench.nextFrame()")),
        Math.max(budgetMs, STALL_MS),
        "one input's frame",
      );
      stepMs.push(Date.now() - stepStarted);
      // A pan that comes back ends where it began: look at the view at the turning point too.
      if (i === Math.floor(plannedSteps / 2) - 1) viewChanged ||= (await probe<{ view: string }>(page, "window.__bench.viewSignature()")).view !== before.view;
    }
    // One more frame, so that work the last input scheduled late is counted.
    await withTimeout(probe(page, "window.__bench.nextFrame()"), Math.max(budgetMs, STALL_MS), "the last frame");
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e;
    stalled = true;
  }
  const stopped = await withTimeout(probe<{ frameMs: number[]; endMs: number }>(page, "window.__bench.stopFrames()"), 60_000, "stopping the frame loop");
  const metricsAfter = await threadMetrics(cdp);
  const after = await probe<{ view: string; scrollY: number }>(page, "window.__bench.viewSignature()");
  const tasks = await probe<LongTaskEntry[]>(page, "window.__bench.longTasks");
  return {
    steps: stepMs.length,
    plannedSteps,
    durationMs: stopped.endMs - startMs,
    frameMs: stopped.frameMs,
    stepMs,
    longTasks: tasks.filter((t) => t.startMs + t.durationMs >= startMs && t.startMs <= stopped.endMs),
    thread: threadDelta(metricsAfter, metricsBefore),
    viewChanged: viewChanged || after.view !== before.view,
    pageScrolled: after.scrollY !== before.scrollY,
    stalled,
  };
}

/** Frame counts by interval; the first bucket is "on time" (one refresh, plus jitter). */
const FRAME_BUCKETS_MS = [FRAME_BUDGET_MS + FRAME_JITTER_MS, 33.4 + FRAME_JITTER_MS, 50 + FRAME_JITTER_MS, 100, 250, 1000, Infinity];

function gestureResult(phases: Phase[]): GestureResult {
  const frameMs = phases.flatMap((p) => p.frameMs);
  const stepMs = phases.flatMap((p) => p.stepMs);
  const sum = (f: (t: ThreadTime) => number) => phases.reduce((s, p) => s + f(p.thread), 0);
  const histogram: Record<string, number> = {};
  for (const ms of frameMs) {
    const limit = FRAME_BUCKETS_MS.find((b) => ms <= b)!;
    const key = limit === Infinity ? ">1000" : `<=${limit}`;
    histogram[key] = (histogram[key] ?? 0) + 1;
  }
  return {
    steps: phases.reduce((s, p) => s + p.steps, 0),
    plannedSteps: phases.reduce((s, p) => s + p.plannedSteps, 0),
    durationMs: phases.reduce((s, p) => s + p.durationMs, 0),
    frames: frameMs.length,
    p50Ms: percentile(frameMs, 50),
    p95Ms: percentile(frameMs, 95),
    maxMs: frameMs.length ? Math.max(...frameMs) : undefined,
    overBudget: frameMs.filter((ms) => ms > FRAME_BUDGET_MS + FRAME_JITTER_MS).length,
    frameHistogram: histogram,
    stepP50Ms: percentile(stepMs, 50),
    longTasks: summariseLongTasks(phases.flatMap((p) => p.longTasks)),
    thread: { scriptMs: sum((t) => t.scriptMs), layoutMs: sum((t) => t.layoutMs), styleMs: sum((t) => t.styleMs), taskMs: sum((t) => t.taskMs) },
    viewChanged: phases.some((p) => p.viewChanged),
    pageScrolled: phases.some((p) => p.pageScrolled),
    stalled: phases.some((p) => p.stalled),
  };
}

/**
 * A key held while wheeling to zoom: the embed leaves the plain wheel to the host page (scrolling
 * it) and zooms on Ctrl+wheel, so that a reader scrolling past an embedded timeline is not trapped.
 */
type WheelModifier = "Control";

/**
 * The interaction script: wheel-zoom in over the chart's middle, drag-pan across it while zoomed
 * in (a fully zoomed-out chart may have nowhere to pan to), then wheel-zoom back out.
 */
async function gestures(page: Page, cdp: CDPSession, budgetMs: number, wheelModifier?: WheelModifier): Promise<{ zoom?: GestureResult; pan?: GestureResult; note?: string }> {
  const centre = await chartPoint(page, 0.5);
  if (!centre) return { note: "no .chart on screen" };
  await page.mouse.move(centre.x, centre.y);
  const wheel = (deltaY: number) => () => page.mouse.wheel(0, deltaY);
  // Held only while zooming: a drag with Ctrl held is not a pan to d3-zoom.
  const zoomPhase = async (deltaY: number) => {
    if (wheelModifier) await page.keyboard.down(wheelModifier);
    try {
      return await measurePhase(page, cdp, ZOOM_STEPS, budgetMs / 2, wheel(deltaY));
    } finally {
      if (wheelModifier) await page.keyboard.up(wheelModifier);
    }
  };
  const zoomIn = await zoomPhase(-WHEEL_DELTA_PX);
  if (zoomIn.stalled) return { zoom: gestureResult([zoomIn]), note: `zoom stalled: one input took over ${STALL_MS / 1000} s` };

  const start = await chartPoint(page, 0.7);
  if (!start) return { zoom: gestureResult([zoomIn]), note: "the chart left the screen while zooming" };
  const stepPx = (start.widthPx * 0.4) / PAN_STEPS;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  let pan: Phase;
  try {
    pan = await measurePhase(page, cdp, PAN_STEPS * 2, budgetMs, (i) => {
      const offsetPx = i < PAN_STEPS ? (i + 1) * stepPx : (2 * PAN_STEPS - i - 1) * stepPx;
      return page.mouse.move(start.x - offsetPx, start.y);
    });
  } finally {
    await page.mouse.up();
  }
  if (pan.stalled) return { zoom: gestureResult([zoomIn]), pan: gestureResult([pan]), note: `pan stalled: one input took over ${STALL_MS / 1000} s` };

  const again = await chartPoint(page, 0.5);
  if (again) await page.mouse.move(again.x, again.y);
  const zoomOut = await zoomPhase(WHEEL_DELTA_PX);
  return { zoom: gestureResult([zoomIn, zoomOut]), pan: gestureResult([pan]), note: zoomOut.stalled ? "zoom out stalled" : undefined };
}

/** Load one page (`path` on `baseUrl`) in a fresh browser context and measure it. */
async function measureRun(browser: Browser, baseUrl: string, path: string, options: BenchOptions, wheelModifier?: WheelModifier): Promise<RunResult> {
  const started = Date.now();
  const assets: AssetSize[] = [];
  // Scripts and styles as they arrive, weighed once the run is over: reading a body and compressing
  // it at level 9 while the page loads took CPU from the page being timed on a 2-core machine, and
  // more of it the more code a build loads.
  const arrived: { response: PageResponse; type: string }[] = [];
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const result: RunResult = { status: "harness-error", assets, jsCssGzipBytes: 0, wallMs: 0 };
  let crashed = false;
  try {
    await context.addInitScript({ content: PROBE_SOURCE });
    const page = await context.newPage();
    page.on("crash", () => void (crashed = true));
    page.on("response", (response) => {
      const type = response.request().resourceType();
      if (type === "script" || type === "stylesheet") arrived.push({ response, type });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");

    const navigationStarted = Date.now();
    await page.goto(`${baseUrl}${path}`, { waitUntil: "commit", timeout: options.timeoutMs });
    const remainingMs = () => Math.max(1000, options.timeoutMs - (Date.now() - navigationStarted));
    try {
      await withTimeout(
        page.waitForFunction("window.__bench && (window.__bench.readyMs !== null || window.__bench.errorMs !== null)", null, { polling: 100, timeout: remainingMs() }),
        remainingMs() + 5000,
        "loading",
      );
    } catch {
      result.status = crashed ? "crash" : "timeout";
      result.message = crashed ? "the page crashed while loading" : `not ready after ${Math.round(options.timeoutMs / 1000)} s`;
      return result;
    }
    const state = await probe<ProbeState>(page, "({ ...window.__bench, frameMs: [] })");
    if (state.readyMs === null) {
      result.status = "error-page";
      result.message = (await page.textContent('[role="alert"]').catch(() => null))?.trim().replace(/\s+/g, " ") ?? "data-state=error";
      return result;
    }
    await withTimeout(page.waitForFunction("window.__bench.paintedMs !== null", null, { polling: 50, timeout: remainingMs() }), remainingMs() + 5000, "the first frame");
    const loaded = await probe<{ readyMs: number; paintedMs: number; dcl: number; marks: number; longTasks: LongTaskEntry[] }>(
      page,
      `({ readyMs: window.__bench.readyMs, paintedMs: window.__bench.paintedMs,
          dcl: performance.getEntriesByType("navigation")[0]?.domContentLoadedEventStart ?? NaN,
          marks: document.querySelectorAll("[data-event-id]").length || document.querySelectorAll(".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point").length,
          longTasks: window.__bench.longTasks.slice() })`,
    );
    const loadMetrics = await threadMetrics(cdp);
    const steps = await probe<StepEntry[]>(page, STEP_ENTRIES_SOURCE);
    Object.assign(result, {
      steps: collectSteps(steps),
      readyMs: loaded.readyMs,
      paintedMs: loaded.paintedMs,
      domContentLoadedMs: loaded.dcl,
      // A page that renders while its module runs is ready before DOMContentLoaded: nothing after.
      afterScriptsMs: Number.isFinite(loaded.dcl) ? Math.max(0, loaded.readyMs - loaded.dcl) : undefined,
      marks: loaded.marks,
      loadLongTasks: summariseLongTasks(loaded.longTasks),
      loadThread: threadDelta(loadMetrics),
    });
    // The heap that stays: after a full garbage collection.
    await withTimeout(cdp.send("HeapProfiler.collectGarbage"), 30_000, "garbage collection");
    const settled = await threadMetrics(cdp);
    result.heapMB = settled.JSHeapUsedSize / MB;
    result.domNodes = settled.Nodes;

    const measured = await gestures(page, cdp, options.gestureBudgetMs, wheelModifier);
    Object.assign(result, { zoom: measured.zoom, pan: measured.pan, message: measured.note });
    result.status = "ok";
    return result;
  } catch (e) {
    result.status = crashed ? "crash" : e instanceof TimeoutError ? "timeout" : "harness-error";
    result.message = (e as Error).message.split("\n")[0];
    return result;
  } finally {
    await withTimeout(weigh(arrived, baseUrl, assets), 10_000, "reading scripts").catch(() => undefined);
    result.jsCssGzipBytes = assets.reduce((sum, a) => sum + a.gzipBytes, 0);
    result.wallMs = Date.now() - started;
    await withTimeout(context.close(), 20_000, "closing the page").catch(() => undefined);
  }
}

/** The scripts and styles a page loaded, each body's bytes and gzip size (level 9), added to `assets`. */
async function weigh(arrived: readonly { response: PageResponse; type: string }[], baseUrl: string, assets: AssetSize[]): Promise<void> {
  for (const { response, type } of arrived) {
    const body = await response.body().catch(() => undefined);
    if (body) assets.push({ url: response.url().replace(baseUrl, ""), type, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
}

// ---------------------------------------------------------------------------------------------
// Targets: our build, another build of this app, a peer tool

/** Something the benchmark loads: our build, the --against build, or the --peer harness. */
interface Target {
  role: "ours" | "against" | "peer";
  label: string;
  /** URL prefixes → folders, for its own static server (its own port, its own origin). */
  mounts: Record<string, string>;
  /** The page for a case (path and query), or a reason when the target has no such page. */
  page: (size: BenchCase) => TargetPage | { none: string };
  url?: string;
  results: SizeResult[];
}

interface TargetPage {
  path: string;
  wheelModifier?: WheelModifier;
}

/** The app's page for a case: the default view, the embed, or a generated dataset through ?data=. */
function appPage(size: BenchCase): TargetPage {
  if (size === "bundled") return { path: "/" };
  if (size === "embed") return { path: "/?mode=embed", wheelModifier: "Control" };
  return { path: `/?data=bench-data/events-${size}.json` };
}

function peerPage(size: BenchCase): TargetPage | { none: string } {
  if (size === "embed") return { none: "vis-timeline has no embed page" };
  return { path: `/?data=bench-data/${size === "bundled" ? "bundled" : `events-${size}`}.vis.json` };
}

/** Measure every case on every target, alternating targets run by run (see interleave.ts). */
async function measureAll(targets: Target[], options: BenchOptions, datasetBytes: Map<BenchCase, number>, browserRef: { browser: Browser; launch: () => Promise<Browser> }) {
  for (const size of options.sizes) {
    const state = new Map(targets.map((t) => [t, { runs: [] as RunResult[], skipped: undefined as string | undefined, done: false }]));
    for (const t of targets) {
      const page = t.page(size);
      if ("none" in page) Object.assign(state.get(t)!, { skipped: page.none, done: true });
    }
    const measured = targets.filter((t) => !state.get(t)!.done);
    for (const { run, target } of interleave(options.runs, measured)) {
      const s = state.get(target)!;
      if (s.done) continue;
      const page = target.page(size) as TargetPage;
      const who = targets.length > 1 ? `${target.label}, ` : "";
      log(`${caseLabel(size)}${typeof size === "number" ? " events" : ""}, ${who}run ${run} of ${options.runs}…`);
      const { browser } = browserRef;
      const result = await withTimeout(measureRun(browser, target.url!, page.path, options, page.wheelModifier), options.timeoutMs + 4 * options.gestureBudgetMs + 120_000, "the run").catch(
        async (e: Error): Promise<RunResult> => {
          // The page is stuck: close its context so it stops using the CPU the next run needs.
          await Promise.all(browser.contexts().map((c) => withTimeout(c.close(), 20_000, "closing").catch(() => undefined)));
          return { status: "timeout", message: e.message, assets: [], jsCssGzipBytes: 0, wallMs: 0 };
        },
      );
      s.runs.push(result);
      log(
        result.status === "ok"
          ? `  ready ${fmt(result.readyMs)} ms (${fmt(result.afterScriptsMs)} after scripts), zoom p95 ${fmt(result.zoom?.p95Ms, 1)} ms, pan p95 ${fmt(result.pan?.p95Ms, 1)} ms, ${(result.wallMs / 1000).toFixed(1)} s`
          : `  ${result.status}: ${result.message ?? ""}`,
      );
      if (!browser.isConnected()) {
        log("  the browser went away; starting a new one");
        browserRef.browser = await browserRef.launch();
      }
      // A target that timed out or crashed would only burn the other targets' time: stop it here.
      if (result.status === "timeout" || result.status === "crash") {
        if (run < options.runs) s.skipped = `${result.status} in run ${run}; later runs skipped`;
        s.done = true;
      } else if (result.status === "harness-error" && run === 1) {
        s.skipped = `harness error in run 1 (${result.message ?? "?"}); later runs skipped`;
        s.done = true;
      }
    }
    for (const t of targets) {
      const { runs, skipped } = state.get(t)!;
      t.results.push({ size, datasetBytes: datasetBytes.get(size) ?? 0, runs, skipped, median: summarise(runs) });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function writeResults(report: object, startedAt: Date): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const name = `${startedAt.toISOString().replace(/:/g, "-").replace(/\.\d+Z$/, "Z")}.json`;
  const text = `${JSON.stringify(report, null, 2)}\n`;
  for (const file of [name, "latest.json"]) {
    const path = join(RESULTS_DIR, file);
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  }
  return join("bench", "results", name);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseBenchArgs(process.argv.slice(2), DEFAULT_SEED);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const startedAt = new Date();
  const loadBefore = loadavg()[0];
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (set CHROME_PATH, or run node scripts/ensure-chromium.mjs)`);

  const ours = checkoutState(ROOT);
  let against: { path: string; outDir: string; commit?: string; srcDirty: boolean } | undefined;
  if (options.against !== undefined) {
    const path = resolve(options.against);
    if (!existsSync(join(path, "package.json"))) throw new Error(`--against ${options.against}: no package.json there; give the path of another checkout of this repository`);
    against = { path: realpathSync(path), outDir: againstOutDir(realpathSync(path)), ...checkoutState(path) };
  }

  if (!options.skipBuild) build(ROOT, OUT_DIR, `this checkout${ours.commit ? ` (${ours.commit})` : ""}`);
  else if (!existsSync(join(OUT_DIR, "index.html"))) throw new Error("--skip-build, but there is no build in bench/.dist");
  if (against) {
    if (!options.skipBuild) build(against.path, against.outDir, `${against.path}${against.commit ? ` (${against.commit})` : ""}`);
    else if (!existsSync(join(against.outDir, "index.html"))) throw new Error(`--skip-build, but there is no build of ${against.path} in ${against.outDir}`);
  }
  const datasetBytes = writeDatasets(options.sizes, options.seed, options.peer);
  if (options.peer === "vis-timeline") writeVisHarness(PEER_DIR);

  // Labels: the short commits by default; the same commit twice is still two builds to tell apart.
  let oursLabel = options.labelOurs ?? ours.commit ?? "ours";
  let againstLabel = options.labelAgainst ?? against?.commit ?? "against";
  if (against && oursLabel === againstLabel) [oursLabel, againstLabel] = [`${oursLabel} (ours)`, `${againstLabel} (against)`];
  const targets: Target[] = [{ role: "ours", label: oursLabel, mounts: { "/": OUT_DIR }, page: appPage, results: [] }];
  if (against) targets.push({ role: "against", label: againstLabel, mounts: { "/": against.outDir, "/bench-data/": DATA_DIR }, page: appPage, results: [] });
  const peerVersion = options.peer === "vis-timeline" ? visTimelineVersion() : undefined;
  if (options.peer) targets.push({ role: "peer", label: `${options.peer} ${peerVersion}`, mounts: { "/": PEER_DIR, "/bench-data/": DATA_DIR }, page: peerPage, results: [] });

  const servers = await Promise.all(targets.map((t) => startStaticServer(t.mounts)));
  targets.forEach((t, i) => (t.url = servers[i].url));
  const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browserRef = { browser: await launch(), launch };
  const browserVersion = browserRef.browser.version();
  try {
    await measureAll(targets, options, datasetBytes, browserRef);
  } finally {
    await withTimeout(browserRef.browser.close(), 20_000, "closing the browser").catch(() => undefined);
    await Promise.all(servers.map((s) => s.close()));
  }

  const [oursTarget, ...others] = targets;
  const comparisons = others.map((t) => {
    const measures: Measure[] = t.role === "peer" ? PEER_MEASURES : AGAINST_MEASURES;
    const compared = compareResults(oursTarget.results, t.results, measures);
    return { role: t.role, ours: oursTarget.label, theirs: t.label, cases: compared, table: renderComparison(compared, { ours: oursTarget.label, theirs: t.label }, measures) };
  });
  const sections = [renderTables(oursTarget.results)];
  for (const t of others) sections.push(`### ${t.label} (${t.role === "peer" ? "peer" : "--against"})\n\n${renderTables(t.results)}`);
  for (const c of comparisons) {
    sections.push(
      `### ${c.ours} against ${c.theirs}: medians of up to ${options.runs} interleaved runs each; ratio ours/theirs (below 1: ours is faster or lighter)\n\n${c.table}`,
    );
  }
  const tables = sections.join("\n\n");
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationS: (Date.now() - startedAt.getTime()) / 1000,
    commit: ours.commit,
    /** Uncommitted changes under src/ when the build was made: the numbers include them. */
    srcDirty: ours.srcDirty,
    label: oursLabel,
    browser: `Chromium ${browserVersion} (headless)`,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version },
    /** One-minute load average before and after: above the core count, other work shared the CPU. */
    loadAverage: { before: loadBefore, after: loadavg()[0] },
    options: { ...options, viewport: VIEWPORT, zoomWheelSteps: ZOOM_STEPS * 2, wheelDeltaPx: WHEEL_DELTA_PX, panMoveSteps: PAN_STEPS * 2, frameBudgetMs: FRAME_BUDGET_MS },
    /** With --against or --peer, targets ran alternately: run 1 of each, then run 2 of each, … */
    order: others.length ? "interleaved" : "sequential",
    sizes: oursTarget.results,
    against: against && { path: against.path, buildDir: against.outDir, commit: against.commit, srcDirty: against.srcDirty, label: againstLabel, sizes: targets.find((t) => t.role === "against")!.results },
    peer: options.peer && { name: options.peer, version: peerVersion, label: targets.find((t) => t.role === "peer")!.label, sizes: targets.find((t) => t.role === "peer")!.results },
    /** ratio is ours/theirs; JSON has no Infinity, so a ratio of something against nothing is null here. */
    comparisons: comparisons.map(({ table: _table, ...c }) => c),
    table: tables,
  };
  const file = writeResults(report, startedAt);
  const describe = (label: string, s: { srcDirty: boolean }) => `${label}${s.srcDirty ? " + uncommitted src changes" : ""}`;
  const who = [`ours ${describe(oursLabel, ours)}`, ...(against ? [`against ${describe(againstLabel, against)} (${against.path})`] : []), ...(options.peer ? [`peer ${options.peer} ${peerVersion}`] : [])];
  console.log(
    `\nBenchmark, ${report.browser}, ${report.machine.cpus} cores (load average ${loadBefore.toFixed(1)} before, ${report.loadAverage.after.toFixed(1)} after), ${who.join("; ")}, ${options.runs} run(s) per size${others.length ? ", interleaved" : ""}:\n`,
  );
  console.log(tables);
  console.log(`\nResults: ${file} and bench/results/latest.json (${report.durationS.toFixed(0)} s).`);
}

main().catch((e: Error) => {
  console.error(`[bench] the benchmark itself failed: ${e.message}`);
  process.exit(1);
});
