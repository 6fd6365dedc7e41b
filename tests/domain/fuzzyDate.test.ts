import { describe, expect, it } from "vitest";
import { compareFuzzyDates, dayOf, formatFuzzyDate, isoOfDay } from "../../src/domain/fuzzyDate";
import { fuzzyDate, parseFuzzyDate } from "../../src/domain/parseFuzzyDate";

const days = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayOf(y, m, d);
};

describe("parseFuzzyDate", () => {
  it("a day-precision date is one day", () => {
    const d = fuzzyDate("2018-06-12");
    expect(d).toMatchObject({ kind: "instant", precision: "day", approximate: false, uncertain: false });
    expect(d.start).toEqual({ earliestDay: days("2018-06-12"), latestDay: days("2018-06-12") });
  });

  it("a month-precision date is one day somewhere in the whole month", () => {
    const d = fuzzyDate("2018-06");
    expect(d.kind).toBe("instant");
    expect(d.precision).toBe("month");
    expect(d.start).toEqual({ earliestDay: days("2018-06-01"), latestDay: days("2018-06-30") });
    expect(d.end).toEqual(d.start);
  });

  it("a year-precision date covers the whole year", () => {
    const d = fuzzyDate("2018");
    expect(d.precision).toBe("year");
    expect(d.start).toEqual({ earliestDay: days("2018-01-01"), latestDay: days("2018-12-31") });
  });

  it("keeps approximate and uncertain qualifiers", () => {
    expect(fuzzyDate("2018-11~")).toMatchObject({ approximate: true, uncertain: false, precision: "month" });
    expect(fuzzyDate("2019-02?")).toMatchObject({ approximate: false, uncertain: true });
  });

  it("a span starts and ends on its days", () => {
    const d = fuzzyDate("2019-01-07/2019-01-10");
    expect(d.kind).toBe("span");
    expect(d.start.earliestDay).toBe(days("2019-01-07"));
    expect(d.end.latestDay).toBe(days("2019-01-10"));
  });

  it("a span crossing a year keeps month precision at each end", () => {
    const d = fuzzyDate("2018-11/2019-02");
    expect(d.precision).toBe("month");
    expect(d.start).toEqual({ earliestDay: days("2018-11-01"), latestDay: days("2018-11-30") });
    expect(d.end).toEqual({ earliestDay: days("2019-02-01"), latestDay: days("2019-02-28") });
  });

  it("a deadline is one day on or before the given day, open at the start", () => {
    const d = fuzzyDate("[..2019-02-28]");
    expect(d.kind).toBe("deadline");
    expect(d.end.latestDay).toBe(days("2019-02-28"));
    expect(d.start.earliestDay).toBe(Number.NEGATIVE_INFINITY);
  });

  it("one day between two days is an instant spread over the range", () => {
    const d = fuzzyDate("[2019-01-18..2019-02-28]");
    expect(d.kind).toBe("instant");
    expect(d.start).toEqual({ earliestDay: days("2019-01-18"), latestDay: days("2019-02-28") });
  });

  it("accepts 29 February in a leap year and rejects it otherwise", () => {
    expect(parseFuzzyDate("2020-02-29").ok).toBe(true);
    expect(parseFuzzyDate("2000-02-29").ok).toBe(true);
    const bad = parseFuzzyDate("2019-02-29");
    expect(bad).toEqual({ ok: false, error: expect.stringContaining("February 2019 has 28 days") });
    expect(parseFuzzyDate("1900-02-29").ok).toBe(false);
  });

  it("rejects days that cannot exist and says how to write a date", () => {
    const r = parseFuzzyDate("2019-02-30");
    expect(r.ok).toBe(false);
    const slashes = parseFuzzyDate("2018/06/12");
    expect(slashes).toEqual({ ok: false, error: expect.stringContaining("write 2018-06-12") });
  });

  it("rejects an interval that ends before it starts", () => {
    expect(parseFuzzyDate("2019-01-10/2019-01-07")).toEqual({ ok: false, error: expect.stringContaining("ends before it starts") });
  });

  it("rejects open-ended intervals, which cannot be drawn", () => {
    expect(parseFuzzyDate("2018-06-12/..")).toEqual({ ok: false, error: expect.stringContaining("open-ended") });
  });

  it("handles years before 1000 and before year 1", () => {
    expect(isoOfDay(fuzzyDate("0999-03-01").start.earliestDay)).toBe("0999-03-01");
    const caesar = fuzzyDate("-0043-03-15");
    expect(isoOfDay(caesar.start.earliestDay)).toBe("-0043-03-15");
  });

  it("never throws on garbage", () => {
    for (const s of ["", "   ", "yesterday", "2019-13", "{}", "[..]", "2019-02-28/2019-02-28/2019", "x".repeat(500)]) {
      expect(parseFuzzyDate(s).ok).toBe(false);
    }
  });
});

describe("formatFuzzyDate", () => {
  it.each([
    ["2018-06-12", "12 June 2018"],
    ["2018-06", "June 2018"],
    ["2018", "2018"],
    ["2018-11~", "c. November 2018"],
    ["2019-02?", "February 2019?"],
    ["[..2019-02-28]", "by 28 February 2019"],
    ["2019-01-07/2019-01-10", "7 January 2019 – 10 January 2019"],
    ["[2019-01-18..2019-02-28]", "between 18 January 2019 and 28 February 2019"],
  ])("%s reads as %s", (edtf, words) => {
    expect(formatFuzzyDate(fuzzyDate(edtf))).toBe(words);
  });
});

describe("compareFuzzyDates", () => {
  it("orders by start, then by end", () => {
    const sorted = ["2019-01-18", "2018-06", "2018-06-12", "2018", "[..2019-02-28]"].map(fuzzyDate).sort(compareFuzzyDates).map((d) => d.edtf);
    expect(sorted).toEqual(["2018", "2018-06", "2018-06-12", "2019-01-18", "[..2019-02-28]"]);
  });
});
