import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadBundled } from "../../src/data/bundledTimeline";
import { dayOfIso, isoOfDay } from "../../src/domain/fuzzyDate";
import { fuzzyDate, parseFuzzyDate } from "../../src/domain/parseFuzzyDate";

const bundled = await loadBundled();

describe("dates parsed at build time for the bundled dataset", () => {
  it("are exactly what the parser gives at run time, open deadlines (-Infinity) included", () => {
    const events = bundled.dataset!.events;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(bundled.dates[event.when]).toEqual(fuzzyDate(event.when));
    expect(Object.values(bundled.dates).some((d) => d.start.earliestDay === Number.NEGATIVE_INFINITY)).toBe(true);
  });
});

describe("dayOfIso (without the parser)", () => {
  it("agrees with parseFuzzyDate on what is one exact day", () => {
    const viaParser = (text: string) => {
      const parsed = parseFuzzyDate(text);
      return parsed.ok && parsed.date.precision === "day" && parsed.date.kind === "instant" ? parsed.date.start.earliestDay : undefined;
    };
    const texts = fc.oneof(
      fc.integer({ min: -200_000, max: 200_000 }).map(isoOfDay),
      fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }), fc.constantFrom("", "~", "?", "%")).map(
        ([y, m, d, q]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}${q}`,
      ),
      fc.constantFrom("2019-02-29", "2020-02-29", "2019-01", "2019", "18 January 2019", "2019-1-18", ""),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(dayOfIso(text)).toBe(viaParser(text));
      }),
    );
  });
});
