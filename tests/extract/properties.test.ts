import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/extract";
import { dayOf, isoOfDay } from "../../src/domain/fuzzyDate";
import { fuzzyDate, parseFuzzyDate } from "../../src/domain/parseFuzzyDate";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FIRST = dayOf(1900, 1, 1);
const LAST = dayOf(2100, 12, 31);
const publicationDay = fc.integer({ min: FIRST, max: LAST });
const weekdayOf = (day: number) => new Date(day * 86_400_000).getUTCDay();
const onlyWhen = (text: string, published: string) => {
  const r = extractEvents(text, { published });
  expect(r.candidates).toHaveLength(1);
  return r.candidates[0].when;
};

describe("properties", () => {
  it("a past-tense weekday is that weekday, 0 to 6 days before publication", () => {
    fc.assert(
      fc.property(publicationDay, fc.integer({ min: 0, max: 6 }), (pub, w) => {
        const day = fuzzyDate(onlyWhen(`The ministers met on ${WEEKDAYS[w]}.`, isoOfDay(pub))).start.earliestDay;
        expect(weekdayOf(day)).toBe(w);
        expect(pub - day).toBeGreaterThanOrEqual(0);
        expect(pub - day).toBeLessThanOrEqual(6);
      }),
      { numRuns: 150 },
    );
  });

  it("a future-tense weekday is that weekday, 0 to 6 days after publication", () => {
    fc.assert(
      fc.property(publicationDay, fc.integer({ min: 0, max: 6 }), (pub, w) => {
        const day = fuzzyDate(onlyWhen(`The ministers will meet on ${WEEKDAYS[w]}.`, isoOfDay(pub))).start.earliestDay;
        expect(weekdayOf(day)).toBe(w);
        expect(day - pub).toBeGreaterThanOrEqual(0);
        expect(day - pub).toBeLessThanOrEqual(6);
      }),
      { numRuns: 150 },
    );
  });

  it("'last <month>' is that month, 1 to 12 months before the publication month", () => {
    fc.assert(
      fc.property(publicationDay, fc.integer({ min: 1, max: 12 }), (pub, m) => {
        const iso = isoOfDay(pub);
        const when = onlyWhen(`Prices fell last ${MONTHS[m - 1]}.`, iso);
        const [y, mm] = when.split("-").map(Number);
        expect(mm).toBe(m);
        const monthsBack = (Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7))) - (y * 12 + mm);
        expect(monthsBack).toBeGreaterThanOrEqual(1);
        expect(monthsBack).toBeLessThanOrEqual(12);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on arbitrary text; every date is valid EDTF and every offset slices the text", () => {
    const words = fc.constantFrom(
      "on Friday", "last June", "by the end of February", "since the summit", "for months", "in 1994", "the 1990s", "two days later",
      "yesterday", "next week", "at 10:56 pm", "in a year", "Mr.", "U.S.", "said", "will", "could", "May", "march", "\n", ".", ",", "–", "summit", "Kim Jong-un",
    );
    const text = fc.array(fc.oneof(words, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, publicationDay, (t, pub) => {
        const r = extractEvents(t, { published: isoOfDay(pub) });
        for (const c of r.candidates) {
          expect(parseFuzzyDate(c.when).ok, c.when).toBe(true);
          expect(t.slice(c.phrase.start, c.phrase.end)).toBe(c.phrase.text);
          expect(t.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
          expect(c.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        }
        for (const u of r.unresolved) expect(t.slice(u.phrase.start, u.phrase.end)).toBe(u.phrase.text);
      }),
      { numRuns: 200 },
    );
  });
});
