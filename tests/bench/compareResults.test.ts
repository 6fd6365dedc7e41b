import { describe, expect, it } from "vitest";
import { AGAINST_MEASURES, compareResults, PEER_MEASURES, renderComparison } from "../../bench/renderReport";
import { summarise, type GestureResult, type RunResult, type SizeResult } from "../../bench/summarise";
import { fmtRatio, ratio } from "../../bench/stats";

describe("ratio ours/theirs", () => {
  it("divides ours by theirs: below 1, ours is faster or lighter", () => {
    expect(ratio(50, 200)).toBe(0.25);
    expect(ratio(300, 200)).toBe(1.5);
  });

  it("calls none against none equal, and some against none infinite, never a small number", () => {
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(3, 0)).toBe(Infinity);
    expect(ratio(0, 4)).toBe(0);
  });

  it("has no ratio when a side has no figure", () => {
    expect(ratio(undefined, 10)).toBeUndefined();
    expect(ratio(10, undefined)).toBeUndefined();
    expect(ratio(Number.NaN, 10)).toBeUndefined();
    expect([fmtRatio(undefined), fmtRatio(Infinity), fmtRatio(0.8567)]).toEqual(["–", "∞", "0.86"]);
  });
});

const gesture = (p95Ms: number, viewChanged = true): GestureResult => ({
  steps: 40,
  plannedSteps: 40,
  durationMs: 1000,
  frames: 60,
  p50Ms: 16.7,
  p95Ms,
  maxMs: p95Ms,
  overBudget: 2,
  frameHistogram: {},
  longTasks: { count: 0, maxMs: 0, totalMs: 0 },
  thread: { scriptMs: 0, layoutMs: 0, styleMs: 0, taskMs: 0 },
  viewChanged,
  pageScrolled: false,
  stalled: false,
});

const run = (readyMs: number, extra: Partial<RunResult> = {}): RunResult => ({
  status: "ok",
  readyMs,
  afterScriptsMs: readyMs - 100,
  paintedMs: readyMs + 20,
  heapMB: 10,
  loadLongTasks: { count: 1, maxMs: 80, totalMs: 80 },
  zoom: gesture(20),
  pan: gesture(30),
  assets: [],
  jsCssGzipBytes: 100 * 1024,
  wallMs: 1,
  ...extra,
});

const sizeResult = (size: SizeResult["size"], runs: RunResult[], skipped?: string): SizeResult => ({ size, datasetBytes: 0, runs, skipped, median: summarise(runs) });
const measure = (c: ReturnType<typeof compareResults>[number], name: string) => c.measures.find((m) => m.name === name)!;

describe("compareResults", () => {
  it("compares the medians of each side's runs, case by case", () => {
    const ours = [sizeResult(1000, [run(300), run(100), run(200)])];
    const theirs = [sizeResult(1000, [run(400), run(500), run(9000)])];
    const [c] = compareResults(ours, theirs, AGAINST_MEASURES);
    expect(measure(c, "ready ms")).toMatchObject({ ours: 200, theirs: 500, ratio: 0.4 });
    expect(measure(c, "after scripts ms")).toMatchObject({ ours: 100, theirs: 400, ratio: 0.25 });
    expect(measure(c, "first painted frame ms")).toMatchObject({ ours: 220, theirs: 520 });
    expect(measure(c, "JS+CSS gzip KB")).toMatchObject({ ours: 100, theirs: 100, ratio: 1 });
    expect(measure(c, "long tasks in zoom+pan, count")).toMatchObject({ ours: 0, theirs: 0, ratio: 1 });
    expect(c.okRuns).toEqual({ ours: 3, theirs: 3 });
  });

  it("counts only runs that reached ready, and says why the others did not", () => {
    const ours = [sizeResult(1000, [run(100), run(300)])];
    const theirs = [sizeResult(1000, [run(400), { status: "timeout", message: "not ready after 60 s", assets: [], jsCssGzipBytes: 0, wallMs: 0 }], "timeout in run 2")];
    const [c] = compareResults(ours, theirs, AGAINST_MEASURES);
    expect(measure(c, "ready ms")).toMatchObject({ ours: 200, theirs: 400, ratio: 0.5 });
    expect(c.okRuns).toEqual({ ours: 2, theirs: 1 });
    expect(c.notes.theirs).toBe("timeout in run 2");
  });

  it("has no ratio for a case the other side could not load, such as the embed for a peer", () => {
    const ours = [sizeResult("embed", [run(100)])];
    const theirs = [sizeResult("embed", [], "vis-timeline has no embed page")];
    const [c] = compareResults(ours, theirs, PEER_MEASURES);
    expect(measure(c, "ready ms")).toMatchObject({ ours: 100, theirs: undefined, ratio: undefined });
    const table = renderComparison([c], { ours: "app", theirs: "vis" }, PEER_MEASURES);
    expect(table).toContain("| embed | runs | 1 of 1 ok | 0 of 0 ok (vis-timeline has no embed page) |  |");
    expect(table).toContain("| embed | ready ms | 100 | – | – |");
  });

  it("shows a median that falls between two whole counts as it is, so that the ratio beside it can be checked", () => {
    const tasks = (count: number) => ({ count, maxMs: 80, totalMs: 80 * count });
    const ours = [sizeResult(1000, [run(100, { loadLongTasks: tasks(5) }), run(100, { loadLongTasks: tasks(5) })])];
    const theirs = [sizeResult(1000, [run(100, { loadLongTasks: tasks(5) }), run(100, { loadLongTasks: tasks(6) })])];
    const table = renderComparison(compareResults(ours, theirs, AGAINST_MEASURES), { ours: "new", theirs: "old" }, AGAINST_MEASURES);
    expect(table).toContain("| 1,000 | long tasks in load, count | 5 | 5.5 | 0.91 |");
    // Times stay in whole milliseconds.
    expect(table).toContain("| 1,000 | ready ms | 100 | 100 | 1.00 |");
    const halfway = [sizeResult(1000, [run(100.25), run(100.75)])];
    expect(renderComparison(compareResults(halfway, halfway, AGAINST_MEASURES), { ours: "a", theirs: "b" }, AGAINST_MEASURES)).toContain("| 1,000 | ready ms | 101 | 101 | 1.00 |");
  });

  it("flags a gesture that did not move the view next to its figure", () => {
    const ours = [sizeResult(100, [run(100)])];
    const theirs = [sizeResult(100, [run(100, { zoom: gesture(10, false) })])];
    const table = renderComparison(compareResults(ours, theirs, PEER_MEASURES), { ours: "app", theirs: "vis" }, PEER_MEASURES);
    expect(table).toContain("| 100 | zoom p95 frame ms | 20.0 | 10.0 (view unchanged) | 2.00 |");
    expect(table).toContain("| app | vis | app / vis |");
  });

  it("compares what the issue asks of --against, and the peer's load, frames, memory and weight", () => {
    expect(AGAINST_MEASURES.map((m) => m.name)).toEqual([
      "ready ms",
      "after scripts ms",
      "first painted frame ms",
      "zoom p95 frame ms",
      "zoom frames >16.7 ms",
      "pan p95 frame ms",
      "pan frames >16.7 ms",
      "long tasks in load, count",
      "long tasks in load, max ms",
      "long tasks in zoom+pan, count",
      "long tasks in zoom+pan, max ms",
      "heap MB",
      "JS+CSS gzip KB",
    ]);
    expect(PEER_MEASURES.map((m) => m.name)).toEqual(["ready ms", "after scripts ms", "first painted frame ms", "zoom p95 frame ms", "pan p95 frame ms", "heap MB", "JS+CSS gzip KB"]);
  });
});
