/**
 * `npm run bench` (issue 8): build the app, generate seeded datasets, load each in headless
 * Chromium through `?data=`, and measure load time, frame times during wheel zoom and drag pan,
 * long tasks, JS heap and the gzip size of the JS and CSS loaded. Medians over several runs go to
 * bench/results/<date>.json, bench/results/latest.json and a Markdown table on stdout.
 *
 * It reports and never judges: slowness, a timeout or an error page is a result, not a failure.
 * It exits non-zero only when the harness itself cannot run (the build fails, no browser).
 *
 *   npm run bench -- [--runs 3] [--sizes 100,1000,10000,100000] [--timeout 60] [--gesture-budget 15]
 *                    [--seed 20190118] [--skip-build]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { startStaticServer } from "../tests/e2e/support/staticServer";
import { DEFAULT_SEED, generateDataset } from "./generateDataset";
import { PROBE_SOURCE, type LongTaskEntry, type ProbeState } from "./pageProbe";
import { fmt, markdownTable, median, percentile } from "./stats";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = join(ROOT, "bench", ".dist");
const DATA_DIR = join(OUT_DIR, "bench-data");
const RESULTS_DIR = join(ROOT, "bench", "results");
const CHROMIUM_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const VIEWPORT = { width: 1280, height: 800 };
/** A frame slower than this misses a 60 Hz display's refresh. */
const FRAME_BUDGET_MS = 16.7;
/**
 * rAF timestamps come in 0.1 ms steps and an idle page's intervals wander 16.5–16.9 ms, so a
 * frame counts as over budget only past budget + this (a missed refresh shows as ~33 ms anyway).
 */
const FRAME_JITTER_MS = 1;
const ZOOM_STEPS = 20; // in, then (after the pan) the same number out
const WHEEL_DELTA_PX = 100;
const PAN_STEPS = 30; // across, then the same number back
const MB = 1024 * 1024;
/** One input whose frame takes longer than this ends the gestures of that run as "stalled". */
const STALL_MS = 30_000;

interface Options {
  runs: number;
  sizes: number[];
  timeoutMs: number;
  gestureBudgetMs: number;
  seed: number;
  skipBuild: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 3, sizes: [100, 1000, 10_000, 100_000], timeoutMs: 60_000, gestureBudgetMs: 15_000, seed: DEFAULT_SEED, skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    const positive = (name: string, v: string | undefined) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number, not "${v}"`);
      return n;
    };
    switch (flag) {
      case "--runs":
        options.runs = Math.round(positive("--runs", value()));
        break;
      case "--sizes":
        options.sizes = (value() ?? "").split(",").map((s) => Math.round(positive("--sizes", s.trim().replace(/_/g, ""))));
        break;
      case "--timeout":
        options.timeoutMs = positive("--timeout (seconds)", value()) * 1000;
        break;
      case "--gesture-budget":
        options.gestureBudgetMs = positive("--gesture-budget (seconds)", value()) * 1000;
        break;
      case "--seed":
        options.seed = Math.round(Number(value()));
        break;
      case "--skip-build":
        options.skipBuild = true;
        break;
      case "--help":
      case "-h":
        console.log("npm run bench -- [--runs 3] [--sizes 100,1000,10000,100000] [--timeout 60] [--gesture-budget 15] [--seed N] [--skip-build]");
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${argv[i]} (try --help)`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Results

interface LongTaskSummary {
  count: number;
  maxMs: number;
  totalMs: number;
}

/** Main-thread time by kind, from Chromium's Performance.getMetrics (ms). */
interface ThreadTime {
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  taskMs: number;
}

interface GestureResult {
  /** Inputs sent, of those planned (fewer when the gesture ran over its time budget). */
  steps: number;
  plannedSteps: number;
  durationMs: number;
  frames: number;
  p50Ms?: number;
  p95Ms?: number;
  maxMs?: number;
  /** Frames over FRAME_BUDGET_MS (+ FRAME_JITTER_MS). */
  overBudget: number;
  frameHistogram: Record<string, number>;
  /** Harness wall time per input (sent → its frame rendered), median. */
  stepP50Ms?: number;
  longTasks: LongTaskSummary;
  thread: ThreadTime;
  /** Whether the chart showed something different afterwards at any point (axis or marks moved). */
  viewChanged: boolean;
  /** Whether the page scrolled instead: a sign the chart did not take the gesture. */
  pageScrolled: boolean;
  stalled: boolean;
}

interface AssetSize {
  url: string;
  type: string;
  bytes: number;
  gzipBytes: number;
}

interface RunResult {
  status: "ok" | "timeout" | "error-page" | "crash" | "harness-error";
  message?: string;
  /** Navigation start → `data-state="ready"`. */
  readyMs?: number;
  /** DOMContentLoaded (the app's module has run) → ready. */
  afterScriptsMs?: number;
  /** Navigation start → the first ready frame rendered. */
  paintedMs?: number;
  domContentLoadedMs?: number;
  marks?: number;
  domNodes?: number;
  heapMB?: number;
  loadLongTasks?: LongTaskSummary;
  loadThread?: ThreadTime;
  zoom?: GestureResult;
  pan?: GestureResult;
  assets: AssetSize[];
  jsCssGzipBytes: number;
  wallMs: number;
}

interface SizeResult {
  size: number;
  datasetBytes: number;
  runs: RunResult[];
  skipped?: string;
  median: ReturnType<typeof summarise>;
}

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

function summariseLongTasks(tasks: LongTaskEntry[]): LongTaskSummary {
  return {
    count: tasks.length,
    maxMs: tasks.reduce((m, t) => Math.max(m, t.durationMs), 0),
    totalMs: tasks.reduce((s, t) => s + t.durationMs, 0),
  };
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

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Steps

function build() {
  log("building the app into bench/.dist (vite build)…");
  const started = Date.now();
  const vite = join(ROOT, "node_modules", ".bin", "vite");
  const result = spawnSync(vite, ["build", "--outDir", "bench/.dist", "--emptyOutDir", "--logLevel", "warn"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal}); fix the build, then run the benchmark again`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function writeDatasets(sizes: number[], seed: number): Map<number, number> {
  mkdirSync(DATA_DIR, { recursive: true });
  const bytes = new Map<number, number>();
  for (const size of sizes) {
    const text = JSON.stringify(generateDataset({ count: size, seed }));
    writeFileSync(join(DATA_DIR, `events-${size}.json`), text);
    bytes.set(size, Buffer.byteLength(text));
  }
  log(`datasets written: ${sizes.map((s) => `events-${s}.json (${(bytes.get(s)! / MB).toFixed(1)} MB)`).join(", ")}`);
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
 * The interaction script: wheel-zoom in over the chart's middle, drag-pan across it while zoomed
 * in (a fully zoomed-out chart may have nowhere to pan to), then wheel-zoom back out.
 */
async function gestures(page: Page, cdp: CDPSession, budgetMs: number): Promise<{ zoom?: GestureResult; pan?: GestureResult; note?: string }> {
  const centre = await chartPoint(page, 0.5);
  if (!centre) return { note: "no .chart on screen" };
  await page.mouse.move(centre.x, centre.y);
  const wheel = (deltaY: number) => () => page.mouse.wheel(0, deltaY);
  const zoomIn = await measurePhase(page, cdp, ZOOM_STEPS, budgetMs / 2, wheel(-WHEEL_DELTA_PX));
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
  const zoomOut = await measurePhase(page, cdp, ZOOM_STEPS, budgetMs / 2, wheel(WHEEL_DELTA_PX));
  return { zoom: gestureResult([zoomIn, zoomOut]), pan: gestureResult([pan]), note: zoomOut.stalled ? "zoom out stalled" : undefined };
}

async function measureRun(browser: Browser, baseUrl: string, size: number, options: Options): Promise<RunResult> {
  const started = Date.now();
  const assets: AssetSize[] = [];
  const pendingAssets: Promise<void>[] = [];
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const result: RunResult = { status: "harness-error", assets, jsCssGzipBytes: 0, wallMs: 0 };
  let crashed = false;
  try {
    await context.addInitScript({ content: PROBE_SOURCE });
    const page = await context.newPage();
    page.on("crash", () => void (crashed = true));
    page.on("response", (response) => {
      const type = response.request().resourceType();
      if (type !== "script" && type !== "stylesheet") return;
      pendingAssets.push(
        response.body().then(
          (body) => void assets.push({ url: response.url().replace(baseUrl, ""), type, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }),
          () => undefined,
        ),
      );
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");

    const navigationStarted = Date.now();
    await page.goto(`${baseUrl}/?data=bench-data/events-${size}.json`, { waitUntil: "commit", timeout: options.timeoutMs });
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
          marks: document.querySelectorAll("[data-event-id]").length, longTasks: window.__bench.longTasks.slice() })`,
    );
    const loadMetrics = await threadMetrics(cdp);
    Object.assign(result, {
      readyMs: loaded.readyMs,
      paintedMs: loaded.paintedMs,
      domContentLoadedMs: loaded.dcl,
      afterScriptsMs: Number.isFinite(loaded.dcl) ? loaded.readyMs - loaded.dcl : undefined,
      marks: loaded.marks,
      loadLongTasks: summariseLongTasks(loaded.longTasks),
      loadThread: threadDelta(loadMetrics),
    });
    // The heap that stays: after a full garbage collection.
    await withTimeout(cdp.send("HeapProfiler.collectGarbage"), 30_000, "garbage collection");
    const settled = await threadMetrics(cdp);
    result.heapMB = settled.JSHeapUsedSize / MB;
    result.domNodes = settled.Nodes;

    const measured = await gestures(page, cdp, options.gestureBudgetMs);
    Object.assign(result, { zoom: measured.zoom, pan: measured.pan, message: measured.note });
    result.status = "ok";
    return result;
  } catch (e) {
    result.status = crashed ? "crash" : e instanceof TimeoutError ? "timeout" : "harness-error";
    result.message = (e as Error).message.split("\n")[0];
    return result;
  } finally {
    await withTimeout(Promise.all(pendingAssets), 10_000, "reading scripts").catch(() => undefined);
    result.jsCssGzipBytes = assets.reduce((sum, a) => sum + a.gzipBytes, 0);
    result.wallMs = Date.now() - started;
    await withTimeout(context.close(), 20_000, "closing the page").catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Summary and report

function summariseGesture(gestures: (GestureResult | undefined)[]) {
  const present = gestures.filter((g): g is GestureResult => g !== undefined);
  if (present.length === 0) return undefined;
  return {
    p50Ms: median(present.map((g) => g.p50Ms)),
    p95Ms: median(present.map((g) => g.p95Ms)),
    maxMs: median(present.map((g) => g.maxMs)),
    frames: median(present.map((g) => g.frames)),
    overBudget: median(present.map((g) => g.overBudget)),
    longTaskCount: median(present.map((g) => g.longTasks.count)),
    longTaskMaxMs: median(present.map((g) => g.longTasks.maxMs)),
    scriptMs: median(present.map((g) => g.thread.scriptMs)),
    layoutMs: median(present.map((g) => g.thread.layoutMs)),
    styleMs: median(present.map((g) => g.thread.styleMs)),
    steps: median(present.map((g) => g.steps)),
    stepP50Ms: median(present.map((g) => g.stepP50Ms)),
    stalled: present.some((g) => g.stalled),
    plannedSteps: present[0].plannedSteps,
    viewChanged: present.some((g) => g.viewChanged),
    pageScrolled: present.some((g) => g.pageScrolled),
  };
}

function summarise(runs: RunResult[]) {
  const ok = runs.filter((r) => r.status === "ok");
  return {
    okRuns: ok.length,
    runs: runs.length,
    readyMs: median(ok.map((r) => r.readyMs)),
    afterScriptsMs: median(ok.map((r) => r.afterScriptsMs)),
    paintedMs: median(ok.map((r) => r.paintedMs)),
    marks: median(ok.map((r) => r.marks)),
    domNodes: median(ok.map((r) => r.domNodes)),
    heapMB: median(ok.map((r) => r.heapMB)),
    loadLongTaskCount: median(ok.map((r) => r.loadLongTasks?.count)),
    loadLongTaskMaxMs: median(ok.map((r) => r.loadLongTasks?.maxMs)),
    loadScriptMs: median(ok.map((r) => r.loadThread?.scriptMs)),
    loadLayoutMs: median(ok.map((r) => r.loadThread?.layoutMs)),
    loadStyleMs: median(ok.map((r) => r.loadThread?.styleMs)),
    gestureLongTaskCount: median(ok.map((r) => (r.zoom || r.pan ? (r.zoom?.longTasks.count ?? 0) + (r.pan?.longTasks.count ?? 0) : undefined))),
    gestureLongTaskMaxMs: median(ok.map((r) => (r.zoom || r.pan ? Math.max(r.zoom?.longTasks.maxMs ?? 0, r.pan?.longTasks.maxMs ?? 0) : undefined))),
    zoom: summariseGesture(ok.map((r) => r.zoom)),
    pan: summariseGesture(ok.map((r) => r.pan)),
    jsCssGzipKB: median(runs.filter((r) => r.jsCssGzipBytes > 0).map((r) => r.jsCssGzipBytes / 1024)),
  };
}

function statusNote(result: SizeResult): string {
  if (result.skipped) return result.skipped;
  const failed = result.runs.filter((r) => r.status !== "ok");
  if (failed.length === 0) return "";
  const first = failed[0];
  return `${failed.length}/${result.runs.length} runs ${first.status}${first.message ? `: ${first.message}` : ""}`;
}

function gestureCells(g: ReturnType<typeof summariseGesture>): [string, string] {
  if (!g) return ["–", "–"];
  const notes = [
    g.steps !== undefined && g.steps < g.plannedSteps ? `${fmt(g.steps)}/${g.plannedSteps} steps in budget` : "",
    g.stalled ? "stalled" : "",
    g.viewChanged ? "" : g.pageScrolled ? "view unchanged; page scrolled" : "view unchanged",
  ].filter(Boolean);
  return [`${fmt(g.p50Ms, 1)} / ${fmt(g.p95Ms, 1)}${notes.length ? ` (${notes.join("; ")})` : ""}`, `${fmt(g.overBudget)} of ${fmt(g.frames)}`];
}

function renderTables(results: SizeResult[]): string {
  const main = results.map((r) => {
    const m = r.median;
    const note = statusNote(r);
    if (m.okRuns === 0) return [r.size.toLocaleString("en"), note || "no result", "", "", "", "", "", "", "", "", `${fmt(m.jsCssGzipKB, 1)}`];
    const [zoomFrames, zoomOver] = gestureCells(m.zoom);
    const [panFrames, panOver] = gestureCells(m.pan);
    const longTasks = (count?: number, maxMs?: number) => (count === undefined ? "–" : `${fmt(count)}, ${fmt(maxMs)}`);
    return [
      r.size.toLocaleString("en"),
      `${fmt(m.readyMs)}${note ? ` (${note})` : ""}`,
      fmt(m.afterScriptsMs),
      zoomFrames,
      zoomOver,
      panFrames,
      panOver,
      longTasks(m.loadLongTaskCount, m.loadLongTaskMaxMs),
      longTasks(m.gestureLongTaskCount, m.gestureLongTaskMaxMs),
      fmt(m.heapMB, 1),
      fmt(m.jsCssGzipKB, 1),
    ];
  });
  const where = results
    .filter((r) => r.median.okRuns > 0)
    .map((r) => {
      const m = r.median;
      const split = (s?: number, l?: number, st?: number) => `${fmt(s)} / ${fmt(l)} / ${fmt(st)}`;
      return [
        r.size.toLocaleString("en"),
        fmt(m.paintedMs),
        split(m.loadScriptMs, m.loadLayoutMs, m.loadStyleMs),
        split(m.zoom?.scriptMs, m.zoom?.layoutMs, m.zoom?.styleMs),
        split(m.pan?.scriptMs, m.pan?.layoutMs, m.pan?.styleMs),
        fmt(m.marks),
        fmt(m.domNodes),
      ];
    });
  return [
    markdownTable(
      ["events", "ready ms (median)", "after scripts ms", "zoom p50 / p95 frame ms", "zoom frames >16.7 ms", "pan p50 / p95 frame ms", "pan frames >16.7 ms", "long tasks, load (count, max ms)", "long tasks, zoom+pan (count, max ms)", "heap MB", "JS+CSS gzip KB"],
      main,
    ),
    "",
    `Frames: intervals between animation frames while zooming (${ZOOM_STEPS} wheel steps in, ${ZOOM_STEPS} out) and drag-panning (${PAN_STEPS * 2} moves) at ${VIEWPORT.width}×${VIEWPORT.height}; "over 16.7 ms" allows ${FRAME_JITTER_MS} ms of timer jitter. Heap: used JS heap after a forced GC, once ready.`,
    "",
    "Where the main thread's time goes (medians, ms: script / layout / style recalc):",
    "",
    markdownTable(["events", "ready frame rendered ms", "load", "zoom", "pan", "marks in DOM", "DOM nodes"], where),
  ].join("\n");
}

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
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const loadBefore = loadavg()[0];
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (set CHROME_PATH, or run node scripts/ensure-chromium.mjs)`);
  if (!options.skipBuild) build();
  else if (!existsSync(join(OUT_DIR, "index.html"))) throw new Error("--skip-build, but there is no build in bench/.dist");
  const datasetBytes = writeDatasets(options.sizes, options.seed);

  const server = await startStaticServer({ "/": OUT_DIR });
  const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let browser = await launch();
  const browserVersion = browser.version();
  const results: SizeResult[] = [];
  try {
    for (const size of options.sizes) {
      const runs: RunResult[] = [];
      let skipped: string | undefined;
      for (let run = 1; run <= options.runs; run++) {
        log(`${size.toLocaleString("en")} events, run ${run} of ${options.runs}…`);
        const result = await withTimeout(measureRun(browser, server.url, size, options), options.timeoutMs + 4 * options.gestureBudgetMs + 120_000, "the run").catch(
          async (e: Error): Promise<RunResult> => {
            // The page is stuck: close its context so it stops using the CPU the next run needs.
            await Promise.all(browser.contexts().map((c) => withTimeout(c.close(), 20_000, "closing").catch(() => undefined)));
            return { status: "timeout", message: e.message, assets: [], jsCssGzipBytes: 0, wallMs: 0 };
          },
        );
        runs.push(result);
        log(
          result.status === "ok"
            ? `  ready ${fmt(result.readyMs)} ms (${fmt(result.afterScriptsMs)} after scripts), zoom p95 ${fmt(result.zoom?.p95Ms, 1)} ms, pan p95 ${fmt(result.pan?.p95Ms, 1)} ms, ${(result.wallMs / 1000).toFixed(1)} s`
            : `  ${result.status}: ${result.message ?? ""}`,
        );
        if (!browser.isConnected()) {
          log("  the browser went away; starting a new one");
          browser = await launch();
        }
        if (result.status === "timeout" || result.status === "crash") {
          if (run < options.runs) skipped = `${result.status} in run ${run}; later runs skipped`;
          break;
        }
        if (result.status === "harness-error" && run === 1) {
          skipped = `harness error in run 1 (${result.message ?? "?"}); later runs skipped`;
          break;
        }
      }
      results.push({ size, datasetBytes: datasetBytes.get(size) ?? 0, runs, skipped, median: summarise(runs) });
    }
  } finally {
    await withTimeout(browser.close(), 20_000, "closing the browser").catch(() => undefined);
    await server.close();
  }

  const tables = renderTables(results);
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationS: (Date.now() - startedAt.getTime()) / 1000,
    commit: git(["rev-parse", "--short", "HEAD"]),
    /** Uncommitted changes under src/ when the build was made: the numbers include them. */
    srcDirty: (git(["status", "--porcelain", "--", "src"]) ?? "") !== "",
    browser: `Chromium ${browserVersion} (headless)`,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version },
    /** One-minute load average before and after: above the core count, other work shared the CPU. */
    loadAverage: { before: loadBefore, after: loadavg()[0] },
    options: { ...options, viewport: VIEWPORT, zoomWheelSteps: ZOOM_STEPS * 2, wheelDeltaPx: WHEEL_DELTA_PX, panMoveSteps: PAN_STEPS * 2, frameBudgetMs: FRAME_BUDGET_MS },
    sizes: results,
    table: tables,
  };
  const file = writeResults(report, startedAt);
  console.log(
    `\nBenchmark, ${report.browser}, ${report.machine.cpus} cores (load average ${loadBefore.toFixed(1)} before, ${report.loadAverage.after.toFixed(1)} after), commit ${report.commit ?? "?"}${report.srcDirty ? " + uncommitted src changes" : ""}, ${options.runs} run(s) per size:\n`,
  );
  console.log(tables);
  console.log(`\nResults: ${file} and bench/results/latest.json (${report.durationS.toFixed(0)} s).`);
}

main().catch((e: Error) => {
  console.error(`[bench] the benchmark itself failed: ${e.message}`);
  process.exit(1);
});
