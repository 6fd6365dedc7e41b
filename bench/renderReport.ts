/**
 * The benchmark's Markdown: one build's table of medians, and the side-by-side comparison of two
 * builds (or our app and a peer tool) with the ratio ours/theirs. Pure: strings from results.
 */
import { FRAME_JITTER_MS, PAN_STEPS, VIEWPORT, ZOOM_STEPS } from "./benchConfig";
import { caseLabel, type BenchCase } from "./parseBenchArgs";
import type { GestureSummary, SizeResult, Summary } from "./summarise";
import { fmt, fmtRatio, markdownTable, ratio } from "./stats";

export function statusNote(result: SizeResult): string {
  if (result.skipped) return result.skipped;
  const failed = result.runs.filter((r) => r.status !== "ok");
  if (failed.length === 0) return "";
  const first = failed[0];
  return `${failed.length}/${result.runs.length} runs ${first.status}${first.message ? `: ${first.message}` : ""}`;
}

/** What a gesture's figures cannot show by themselves: it ran out of time, or moved nothing. */
function gestureNotes(g: GestureSummary): string[] {
  if (!g) return [];
  return [
    g.steps !== undefined && g.steps < g.plannedSteps ? `${fmt(g.steps)}/${g.plannedSteps} steps in budget` : "",
    g.stalled ? "stalled" : "",
    g.viewChanged ? "" : g.pageScrolled ? "view unchanged; page scrolled" : "view unchanged",
  ].filter(Boolean);
}

function gestureCells(g: GestureSummary): [string, string] {
  if (!g) return ["–", "–"];
  const notes = gestureNotes(g);
  return [`${fmt(g.p50Ms, 1)} / ${fmt(g.p95Ms, 1)}${notes.length ? ` (${notes.join("; ")})` : ""}`, `${fmt(g.overBudget)} of ${fmt(g.frames)}`];
}

/** One build's medians: the main table, then where the main thread's time went. */
export function renderTables(results: SizeResult[]): string {
  const main = results.map((r) => {
    const m = r.median;
    const note = statusNote(r);
    if (m.okRuns === 0) return [caseLabel(r.size), note || "no result", "", "", "", "", "", "", "", "", `${fmt(m.jsCssGzipKB, 1)}`];
    const [zoomFrames, zoomOver] = gestureCells(m.zoom);
    const [panFrames, panOver] = gestureCells(m.pan);
    const longTasks = (count?: number, maxMs?: number) => (count === undefined ? "–" : `${fmt(count)}, ${fmt(maxMs)}`);
    return [
      caseLabel(r.size),
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
        caseLabel(r.size),
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
    ...renderSteps(results),
  ].join("\n");
}

/**
 * The app's own timings of opening a timeline (its `load:` measures), one row per step: the time
 * it ran, and when it started and ended after navigation start. Nothing for a page without them.
 */
export function renderSteps(results: SizeResult[]): string[] {
  const rows: string[][] = [];
  for (const r of results) {
    const steps = r.median.okRuns > 0 ? r.median.steps : undefined;
    if (!steps) continue;
    for (const [name, s] of Object.entries(steps)) rows.push([caseLabel(r.size), name, fmt(s.workMs), `${fmt(s.startMs)} → ${fmt(s.endMs)}`]);
    if (r.median.readyMs !== undefined && Object.keys(steps).length > 0) rows.push([caseLabel(r.size), "(ready)", "", fmt(r.median.readyMs)]);
  }
  if (rows.length === 0) return [];
  return [
    "",
    "Steps of opening the timeline (the app's `load:` performance measures; medians, ms): the time each step ran (in slices: their sum, less the steps inside it), and when it started and ended after navigation start. Render is from the timeline in hand to the chart's first commit, layout included; effects, the rest of that task (the other components' effects) until the page can paint.",
    "",
    markdownTable(["events", "step", "work ms", "start → end ms"], rows),
  ];
}

// ---------------------------------------------------------------------------------------------
// Comparisons

/** One figure compared between two builds: a median from each side's Summary. */
export interface Measure {
  name: string;
  decimals: number;
  pick: (m: Summary) => number | undefined;
  /** A count (frames, long tasks): whole numbers, but a median of an even number of runs may be a half. */
  count?: boolean;
  /** Why the figure may not mean what it says (a gesture that moved nothing). */
  caveat?: (m: Summary) => string[];
}

const zoomCaveat = (m: Summary) => gestureNotes(m.zoom);
const panCaveat = (m: Summary) => gestureNotes(m.pan);

/** What `--against` compares: load, the first frame, gestures, long tasks, memory and weight. */
export const AGAINST_MEASURES: Measure[] = [
  { name: "ready ms", decimals: 0, pick: (m) => m.readyMs },
  { name: "after scripts ms", decimals: 0, pick: (m) => m.afterScriptsMs },
  { name: "first painted frame ms", decimals: 0, pick: (m) => m.paintedMs },
  { name: "zoom p95 frame ms", decimals: 1, pick: (m) => m.zoom?.p95Ms, caveat: zoomCaveat },
  { name: "zoom frames >16.7 ms", decimals: 0, count: true, pick: (m) => m.zoom?.overBudget, caveat: zoomCaveat },
  { name: "pan p95 frame ms", decimals: 1, pick: (m) => m.pan?.p95Ms, caveat: panCaveat },
  { name: "pan frames >16.7 ms", decimals: 0, count: true, pick: (m) => m.pan?.overBudget, caveat: panCaveat },
  { name: "long tasks in load, count", decimals: 0, count: true, pick: (m) => m.loadLongTaskCount },
  { name: "long tasks in load, max ms", decimals: 0, pick: (m) => m.loadLongTaskMaxMs },
  { name: "long tasks in zoom+pan, count", decimals: 0, count: true, pick: (m) => m.gestureLongTaskCount },
  { name: "long tasks in zoom+pan, max ms", decimals: 0, pick: (m) => m.gestureLongTaskMaxMs },
  { name: "heap MB", decimals: 1, pick: (m) => m.heapMB },
  { name: "JS+CSS gzip KB", decimals: 1, pick: (m) => m.jsCssGzipKB },
];

/** What `--peer` compares: another tool draws differently, so only what a user waits for and downloads. */
export const PEER_MEASURES: Measure[] = AGAINST_MEASURES.filter((m) =>
  ["ready ms", "after scripts ms", "first painted frame ms", "zoom p95 frame ms", "pan p95 frame ms", "heap MB", "JS+CSS gzip KB"].includes(m.name),
);

export interface ComparedMeasure {
  name: string;
  ours?: number;
  theirs?: number;
  /** ours / theirs (see stats.ratio). */
  ratio?: number;
  caveats: { ours: string[]; theirs: string[] };
}

export interface ComparedCase {
  size: BenchCase;
  /** Runs that reached ready, of those made, on each side. */
  okRuns: { ours: number; theirs: number };
  runs: { ours: number; theirs: number };
  /** Why a side has no figures or fewer than planned (timeouts, no such page). */
  notes: { ours: string; theirs: string };
  measures: ComparedMeasure[];
}

/** Pair each of our cases with theirs and compute every measure's medians and ratio. */
export function compareResults(ours: SizeResult[], theirs: SizeResult[], measures: Measure[]): ComparedCase[] {
  return ours.map((o) => {
    const t = theirs.find((r) => r.size === o.size);
    const okOnly = (side: SizeResult | undefined) => (side && side.median.okRuns > 0 ? side.median : undefined);
    const om = okOnly(o);
    const tm = okOnly(t);
    return {
      size: o.size,
      okRuns: { ours: o.median.okRuns, theirs: t?.median.okRuns ?? 0 },
      runs: { ours: o.runs.length, theirs: t?.runs.length ?? 0 },
      notes: { ours: statusNote(o), theirs: t ? statusNote(t) : "not run" },
      measures: measures.map((m) => {
        const oursValue = om && m.pick(om);
        const theirsValue = tm && m.pick(tm);
        return {
          name: m.name,
          ours: oursValue,
          theirs: theirsValue,
          ratio: ratio(oursValue, theirsValue),
          caveats: { ours: (om && m.caveat?.(om)) || [], theirs: (tm && m.caveat?.(tm)) || [] },
        };
      }),
    };
  });
}

/** The comparison as a Markdown table: for each case, a row per measure with both medians and ours/theirs. */
export function renderComparison(compared: ComparedCase[], labels: { ours: string; theirs: string }, measures: Measure[]): string {
  const decimals = new Map(measures.map((m) => [m.name, m.decimals]));
  const counts = new Set(measures.filter((m) => m.count).map((m) => m.name));
  const cell = (value: number | undefined, name: string, caveats: string[]) => {
    // The median of an even number of runs can fall between two counts: 5.5 shown as 6 would
    // make the ratio beside it look wrong.
    const places = counts.has(name) && value !== undefined && !Number.isInteger(value) ? 1 : (decimals.get(name) ?? 0);
    const shown = fmt(value, places);
    return `${shown}${caveats.length ? ` (${caveats.join("; ")})` : ""}`;
  };
  const rows: string[][] = [];
  for (const c of compared) {
    const runs = (side: "ours" | "theirs") => `${c.okRuns[side]} of ${c.runs[side]} ok${c.notes[side] ? ` (${c.notes[side]})` : ""}`;
    rows.push([caseLabel(c.size), "runs", runs("ours"), runs("theirs"), ""]);
    if (c.okRuns.ours === 0 && c.okRuns.theirs === 0) continue;
    for (const m of c.measures) rows.push([caseLabel(c.size), m.name, cell(m.ours, m.name, m.caveats.ours), cell(m.theirs, m.name, m.caveats.theirs), fmtRatio(m.ratio)]);
  }
  return markdownTable(["events", "measure", labels.ours, labels.theirs, `${labels.ours} / ${labels.theirs}`], rows);
}
