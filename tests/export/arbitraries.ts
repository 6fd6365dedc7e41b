/** fast-check generators for valid datasets, shared by the export and round-trip tests. */
import fc from "fast-check";
import { daysInMonth } from "../../src/domain/fuzzyDate";
import { EVENT_STATUSES, LINK_TYPES } from "../../src/domain/schema";
import { validateDataset } from "../../src/domain/validateDataset";
import type { Dataset } from "../../src/domain/types";

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** A calendar day as YYYY-MM-DD, years 1–2100. */
export const dayArb = fc
  .record({ year: fc.integer({ min: 1, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysInMonth(year, month - 1)), 2)}`);
export const monthArb = dayArb.map((d) => d.slice(0, 7));
export const yearArb = dayArb.map((d) => d.slice(0, 4));

/** A date with no qualifier: a day, month or year. */
export const plainDateArb = fc.oneof(dayArb, monthArb, yearArb);

/** A span of two plain dates in order (at any mix of precisions). */
export const spanArb = fc.tuple(plainDateArb, plainDateArb).filter(([a, b]) => a.slice(0, 4) !== b.slice(0, 4)).map(([a, b]) => (a < b ? `${a}/${b}` : `${b}/${a}`));

/** Dates TimelineJS can say exactly: plain dates and spans. */
export const plainEdtfArb = fc.oneof(plainDateArb, spanArb);

/** Dates TimelineJS can say only in words: approximate, uncertain, deadlines. */
export const qualifiedEdtfArb = fc.oneof(
  plainDateArb.map((d) => `${d}~`),
  plainDateArb.map((d) => `${d}?`),
  fc.oneof(dayArb, monthArb).map((d) => `[..${d}]`),
);

const wordArb = fc.stringMatching(/^[A-Za-z0-9éüß–“”'"&<>;#?!.,:()-]{1,12}$/);
/** Titles and texts: words with HTML-significant characters, separated by single spaces. */
export const textArb = (maxWords: number) => fc.array(wordArb, { minLength: 1, maxLength: maxWords }).map((words) => words.join(" "));

const CATEGORIES = [
  { id: "summit", label: "Summit" },
  { id: "weapons-test", label: "Weapons test" },
  { id: "visit", label: "Visit & talks" },
];

/** A valid dataset with 1–15 events. */
export const datasetArb = (whenArb: fc.Arbitrary<string> = fc.oneof(plainEdtfArb, qualifiedEdtfArb)): fc.Arbitrary<Dataset> =>
  fc
    .record({
      title: textArb(8),
      events: fc.array(
        fc.record({
          title: textArb(10),
          when: whenArb,
          status: fc.constantFrom(...EVENT_STATUSES),
          summary: fc.option(textArb(30), { nil: undefined }),
          category: fc.option(fc.constantFrom(...CATEGORIES.map((c) => c.id)), { nil: undefined }),
          quote: textArb(20),
          claimed: fc.boolean(),
          linkType: fc.option(fc.constantFrom(...LINK_TYPES), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 15 },
      ),
    })
    .map(({ title, events }) => {
      const result = validateDataset({
        version: 2,
        title,
        sources: [{ id: "bbc", publisher: "BBC News", title: "Trump to meet Kim", published: "2019-01-18", url: "https://www.bbc.com/news/x" }],
        categories: CATEGORIES,
        events: events.map((e, i) => ({
          id: `event-${i}`,
          title: e.title,
          when: e.when,
          status: e.status,
          ...(e.summary ? { summary: e.summary } : {}),
          ...(e.category ? { category: e.category } : {}),
          evidence: [{ source: "bbc", quote: e.quote }],
          ...(e.claimed ? { claims: [{ source: "bbc", when: e.when, status: e.status, quote: e.quote }] } : {}),
          ...(e.linkType && i > 0 ? { links: [{ type: e.linkType, event: `event-${i - 1}` }] } : {}),
        })),
      });
      if (!result.dataset || result.issues.length > 0) throw new Error(`generator made an invalid dataset: ${JSON.stringify(result.issues)}`);
      return result.dataset;
    });
