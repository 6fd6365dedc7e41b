/**
 * The app's timings of the steps of opening a timeline: the User Timing measures named `load:<step>`
 * that src/domain/loadTiming.ts records, read from the page once it is ready, and their medians.
 */
import { median } from "./stats";

/** One measure as the page reports it (ms since navigation start). */
export interface StepEntry {
  name: string;
  startMs: number;
  endMs: number;
  workMs: number;
}

/** A step in one run: from its start to its end, and the time it ran (less pauses and nested steps). */
export interface StepTiming {
  startMs: number;
  endMs: number;
  workMs: number;
}

/** The order steps are listed in: the order they happen. */
export const STEP_ORDER = ["fetch", "code", "decode", "parse", "detect", "import", "validate", "dates", "layout", "render", "effects"];

const PREFIX = "load:";

/** Plain JavaScript evaluated in the page (see pageProbe.ts for why not a function). */
export const STEP_ENTRIES_SOURCE = `performance.getEntriesByType("measure").filter((e) => e.name.startsWith(${JSON.stringify(PREFIX)})).map((e) => ({
  name: e.name.slice(${PREFIX.length}), startMs: e.startTime, endMs: e.startTime + e.duration,
  workMs: e.detail && typeof e.detail.workMs === "number" ? e.detail.workMs : e.duration,
}))`;

/** One run's steps: a step measured more than once (the JSON parsed twice, say) adds up. */
export function collectSteps(entries: StepEntry[]): Record<string, StepTiming> {
  const steps: Record<string, StepTiming> = {};
  for (const e of entries) {
    const s = steps[e.name];
    if (!s) steps[e.name] = { startMs: e.startMs, endMs: e.endMs, workMs: e.workMs };
    else Object.assign(s, { startMs: Math.min(s.startMs, e.startMs), endMs: Math.max(s.endMs, e.endMs), workMs: s.workMs + e.workMs });
  }
  return steps;
}

/** Medians per step over the runs that measured it. */
export function summariseSteps(runs: (Record<string, StepTiming> | undefined)[]): Record<string, StepTiming & { runs: number }> {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r ?? {})))];
  names.sort((a, b) => rank(a) - rank(b));
  const out: Record<string, StepTiming & { runs: number }> = {};
  for (const name of names) {
    const present = runs.map((r) => r?.[name]).filter((s): s is StepTiming => s !== undefined);
    out[name] = {
      startMs: median(present.map((s) => s.startMs)) ?? 0,
      endMs: median(present.map((s) => s.endMs)) ?? 0,
      workMs: median(present.map((s) => s.workMs)) ?? 0,
      runs: present.length,
    };
  }
  return out;
}

const rank = (name: string) => {
  const i = STEP_ORDER.indexOf(name);
  return i === -1 ? STEP_ORDER.length : i;
};
