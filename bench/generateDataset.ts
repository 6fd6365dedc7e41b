/**
 * Seeded synthetic datasets for the benchmark: points and spans over four decades,
 * seven category lanes and five actors, at every precision the format allows. The same seed and
 * count always give the same file, so runs on different days measure the same work.
 */
import { dayOf, isoOfDay } from "../src/domain/fuzzyDate";
import type { DatasetInput, EventStatus } from "../src/domain/types";

export const DEFAULT_SEED = 20190118;

/** The day the synthetic source speaks from: events after it are planned, expected or speculated. */
export const BENCH_AS_OF = "2019-01-18";
const FIRST_DAY = dayOf(1979, 1, 1);
const LAST_DAY = dayOf(2020, 12, 31);
/** Spans start no later than this, so that the longest one still ends by LAST_DAY. */
const LAST_SPAN_START_DAY = LAST_DAY - 1000;
const AS_OF_DAY = dayOf(2019, 1, 18);

/** The forms of date the generator writes, with how often (weights sum to 100). */
export const DATE_SHAPES = {
  day: 36, // 1987-03-14
  month: 14, // 1987-03
  year: 4, // 1987
  approximateDay: 5, // 1987-03-14~
  approximateMonth: 5, // 1987-03~
  uncertainMonth: 3, // 1987-03?
  daySpan: 20, // 1987-03-14/1987-03-20
  monthSpan: 4, // 1987-03/1987-06
  deadline: 6, // [..1987-05-31]
  oneDayBetween: 3, // [1987-05-01..1987-05-31]
} as const;
export type DateShape = keyof typeof DATE_SHAPES;

const ACTORS = [
  { id: "us", label: "United States" },
  { id: "prc", label: "China" },
  { id: "ru", label: "Russia" },
  { id: "eu", label: "European Union" },
  { id: "un", label: "United Nations" },
];

const CATEGORIES = [
  { id: "summit", label: "Summit", titles: ["Summit", "Leaders meet", "Summit ends without a deal"] },
  { id: "visit", label: "Visit", titles: ["State visit", "Envoy visits", "Talks in the capital"] },
  { id: "treaty", label: "Treaty", titles: ["Treaty signed", "Accord ratified", "Treaty talks resume"] },
  { id: "sanctions", label: "Sanctions", titles: ["Sanctions imposed", "Sanctions eased", "Export ban"] },
  { id: "trade", label: "Trade", titles: ["Trade talks", "Tariff deal", "Trade dispute filed"] },
  { id: "security", label: "Security", titles: ["Arms control talks", "Military exercise", "Ceasefire agreed"] },
  { id: "statement", label: "Statement", titles: ["Joint statement", "Minister speaks", "Ambassador recalled"] },
];

const PLACES = ["Geneva", "Vienna", "Beijing", "Moscow", "Brussels", "New York", "Helsinki"];
// Short on purpose: 100,000 events must stay under the app's 20 MB file limit (MAX_DATASET_BYTES).
const QUOTES = ["Officials confirmed it.", "Talks went well.", "No date was set.", "A step forward, both said.", "Few details were given."];

const SOURCE_ID = "wire";

/** Mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** How many events (at most MAX_EVENTS, 100,000). */
  count: number;
  seed?: number;
}

/** A dataset in the app's file format (`DatasetInput`), ready for JSON.stringify. */
export function generateDataset({ count, seed = DEFAULT_SEED }: GenerateOptions): DatasetInput {
  // Mix the count into the seed so that events-100 is not just the first 100 events of events-1000.
  const random = mulberry32((seed ^ Math.imul(count, 0x9e3779b1)) >>> 0);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const shapes = Object.entries(DATE_SHAPES) as [DateShape, number][];
  const pickShape = (): DateShape => {
    let r = random() * 100;
    for (const [shape, weight] of shapes) {
      if ((r -= weight) < 0) return shape;
    }
    return "day";
  };
  const idWidth = String(count).length;

  const events: DatasetInput["events"] = [];
  for (let i = 0; i < count; i++) {
    const category = pick(CATEGORIES);
    const actor = pick(ACTORS);
    const actors = random() < 0.35 ? [actor.id, pick(ACTORS.filter((a) => a !== actor)).id] : [actor.id];
    const { when, startDay, endDay } = randomWhen(pickShape(), int, random);
    const status = statusFor(startDay, endDay, random);
    const event: DatasetInput["events"][number] = {
      id: `e-${String(i + 1).padStart(idWidth, "0")}`,
      title: `${pick(category.titles)} ${i + 1}`,
      when,
      status,
      actors,
      category: category.id,
      evidence: [{ source: SOURCE_ID, quote: pick(QUOTES) }],
    };
    if (random() < 0.1) event.place = pick(PLACES);
    events.push(event);
  }

  return {
    // Version 1 (a version 2 file with no claims or links): builds from before version 2, which
    // `--against` may compare with, read these events too.
    version: 1,
    title: `Synthetic diplomacy timeline, ${count.toLocaleString("en")} events`,
    description: `Generated for the benchmark (bench/generateDataset.ts, seed ${seed}). Not real events.`,
    asOf: BENCH_AS_OF,
    sources: [{ id: SOURCE_ID, publisher: "Bench Wire Service", title: "Synthetic wire reports", published: BENCH_AS_OF, url: "https://example.org/bench" }],
    actors: ACTORS,
    categories: CATEGORIES.map(({ id, label }) => ({ id, label })),
    events,
  };
}

/** Past events happened (spans still running at the "as of" day are ongoing); later ones are announced or guessed. */
function statusFor(startDay: number, endDay: number, random: () => number): EventStatus {
  if (startDay > AS_OF_DAY) {
    const r = random();
    return r < 0.5 ? "planned" : r < 0.8 ? "expected" : "speculated";
  }
  if (endDay > AS_OF_DAY) return "ongoing";
  return random() < 0.04 ? "ongoing" : "happened";
}

function randomWhen(shape: DateShape, int: (lo: number, hi: number) => number, random: () => number): { when: string; startDay: number; endDay: number } {
  const isSpan = shape === "daySpan" || shape === "monthSpan" || shape === "oneDayBetween";
  const day = int(FIRST_DAY, isSpan ? LAST_SPAN_START_DAY : LAST_DAY);
  const iso = isoOfDay(day);
  const month = iso.slice(0, 7);
  switch (shape) {
    case "day":
      return { when: iso, startDay: day, endDay: day };
    case "month":
      return { when: month, startDay: day, endDay: day };
    case "year":
      return { when: iso.slice(0, 4), startDay: day, endDay: day };
    case "approximateDay":
      return { when: `${iso}~`, startDay: day, endDay: day };
    case "approximateMonth":
      return { when: `${month}~`, startDay: day, endDay: day };
    case "uncertainMonth":
      return { when: `${month}?`, startDay: day, endDay: day };
    case "daySpan": {
      // Mostly short visits and talks; a few long negotiations.
      const r = random();
      const lengthDays = r < 0.7 ? int(1, 10) : r < 0.95 ? int(11, 90) : int(91, 1000);
      const endDay = day + lengthDays;
      return { when: `${iso}/${isoOfDay(endDay)}`, startDay: day, endDay };
    }
    case "monthSpan": {
      const endDay = day + int(31, 365);
      return { when: `${month}/${isoOfDay(endDay).slice(0, 7)}`, startDay: day, endDay };
    }
    case "deadline":
      return { when: `[..${iso}]`, startDay: day, endDay: day };
    case "oneDayBetween": {
      const endDay = day + int(2, 60);
      return { when: `[${iso}..${isoOfDay(endDay)}]`, startDay: day, endDay };
    }
  }
}

/** Which generator shape an EDTF string came from (for tests and reports). */
export function shapeOfWhen(when: string): DateShape | undefined {
  if (/^\[\.\.\d{4}-\d{2}-\d{2}\]$/.test(when)) return "deadline";
  if (/^\[\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}\]$/.test(when)) return "oneDayBetween";
  if (/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(when)) return "daySpan";
  if (/^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(when)) return "monthSpan";
  if (/^\d{4}-\d{2}-\d{2}~$/.test(when)) return "approximateDay";
  if (/^\d{4}-\d{2}~$/.test(when)) return "approximateMonth";
  if (/^\d{4}-\d{2}\?$/.test(when)) return "uncertainMonth";
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return "day";
  if (/^\d{4}-\d{2}$/.test(when)) return "month";
  if (/^\d{4}$/.test(when)) return "year";
  return undefined;
}
