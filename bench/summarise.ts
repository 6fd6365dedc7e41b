/**
 * What one page load measures (RunResult), and the medians over runs (Summary) that the report
 * prints and compares. Pure: the browser work is in run.ts.
 */
import type { BenchCase } from "./parseBenchArgs";
import type { LongTaskEntry } from "./pageProbe";
import { median } from "./stats";
import { summariseSteps, type StepTiming } from "./loadSteps";

export interface LongTaskSummary {
  count: number;
  maxMs: number;
  totalMs: number;
}

/** Main-thread time by kind, from Chromium's Performance.getMetrics (ms). */
export interface ThreadTime {
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  taskMs: number;
}

export interface GestureResult {
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

export interface AssetSize {
  url: string;
  type: string;
  bytes: number;
  gzipBytes: number;
}

export interface RunResult {
  status: "ok" | "timeout" | "error-page" | "crash" | "harness-error";
  message?: string;
  /** Navigation start → `data-state="ready"`. */
  readyMs?: number;
  /** DOMContentLoaded (the app's module has run) → ready; 0 when ready came first (a render while the module ran). */
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
  /** The app's own timings of the steps of opening a timeline (src/domain/loadTiming.ts), by step. */
  steps?: Record<string, StepTiming>;
}

export interface SizeResult {
  size: BenchCase;
  datasetBytes: number;
  runs: RunResult[];
  skipped?: string;
  median: Summary;
}

export function summariseLongTasks(tasks: LongTaskEntry[]): LongTaskSummary {
  return {
    count: tasks.length,
    maxMs: tasks.reduce((m, t) => Math.max(m, t.durationMs), 0),
    totalMs: tasks.reduce((s, t) => s + t.durationMs, 0),
  };
}

export function summariseGesture(gestures: (GestureResult | undefined)[]) {
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

export function summarise(runs: RunResult[]) {
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
    steps: summariseSteps(ok.map((r) => r.steps)),
  };
}

export type Summary = ReturnType<typeof summarise>;
export type GestureSummary = ReturnType<typeof summariseGesture>;
