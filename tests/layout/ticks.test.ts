import { describe, expect, it } from "vitest";
import { fr } from "date-fns/locale/fr";
import { dayOf } from "../../src/domain/fuzzyDate";
import { computeTicks } from "../../src/layout/ticks";
import type { Tick } from "../../src/layout/types";

const labels = (ticks: Tick[]) => ticks.map((t) => t.label).filter((l) => l !== "");
const view = (fromYear: number, toYear: number) => ({ startDay: dayOf(fromYear, 1, 1), endDay: dayOf(toYear, 12, 31) });

describe("ticks before the common era", () => {
  it("a view from 3600 BCE to 1100 CE says which era each year is in, and never pads a year", () => {
    // Astronomical years: -3599 is 3600 BCE.
    const shown = labels(computeTicks(view(-3599, 1100), 1200));
    expect(shown).toContain("3500 BCE");
    expect(shown.some((l) => / CE$/.test(l))).toBe(true);
    expect(shown.every((l) => / (BCE|CE)$/.test(l)), shown.join(", ")).toBe(true);
    expect(shown.filter((l) => /^0\d/.test(l) || l === "3501")).toEqual([]);
  });

  it("ticks fall on round years of the era they are in: 3500 BCE, not 3501", () => {
    const ticks = computeTicks(view(-3999, -1000), 1000);
    const at3500 = ticks.find((t) => t.label === "3500 BCE");
    expect(at3500?.day).toBe(dayOf(-3499, 1, 1));
    expect(labels(ticks).every((l) => l.endsWith(" BCE"))).toBe(true);
  });

  it("a view wholly in the common era names no era", () => {
    expect(labels(computeTicks(view(400, 1100), 1000))).toContain("500");
    expect(labels(computeTicks(view(2000, 2019), 1000)).every((l) => /^\d{4}$/.test(l))).toBe(true);
  });

  it("months before the common era carry the era with their year", () => {
    const ticks = computeTicks({ startDay: dayOf(-43, 1, 1), endDay: dayOf(-43, 12, 31) }, 1000);
    expect(labels(ticks)[0]).toBe("Jan 44 BCE");
  });

  it("eras are localised on the axis", () => {
    expect(labels(computeTicks(view(-3999, -1000), 1000, fr))).toContain("3500 av. J.-C.");
  });
});

describe("deep time: a year-only axis", () => {
  it("13.8 billion years are labelled in billions, in order, within the chart", () => {
    const ticks = computeTicks({ startDay: dayOf(-14_500_000_000, 1, 1), endDay: dayOf(-1_000_000_000, 1, 1) }, 1200);
    const shown = labels(ticks);
    expect(shown).toContain("14 billion BCE");
    expect(shown).toContain("4 billion BCE");
    expect(ticks.length).toBeLessThanOrEqual(Math.ceil(1200 / 60));
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].xPx).toBeGreaterThan(ticks[i - 1].xPx);
    expect(ticks.every((t) => t.xPx >= 0 && t.xPx <= 1200)).toBe(true);
  });

  it("a view reaching the common era from deep time marks where the era changes", () => {
    const shown = labels(computeTicks({ startDay: dayOf(-14_000_000_000, 1, 1), endDay: dayOf(800_000_000, 1, 1) }, 1200));
    expect(shown).toContain("1 CE");
    expect(shown).toContain("12 billion BCE");
  });

  it("hundreds of thousands of years are labelled in thousands, millions in millions", () => {
    expect(labels(computeTicks(view(-400_000, -100_000), 1000))).toContain("300,000 BCE");
    expect(labels(computeTicks(view(-600_000_000, -200_000_000), 1000))).toContain("500 million BCE");
  });

  it("zoomed in far beyond the date range, ticks are still whole years", () => {
    const ticks = computeTicks({ startDay: dayOf(-4_600_000_020, 1, 1), endDay: dayOf(-4_599_999_990, 1, 1) }, 1000);
    expect(labels(ticks).length).toBeGreaterThan(1);
    expect(labels(ticks).every((l) => /BCE$/.test(l))).toBe(true);
  });
});
