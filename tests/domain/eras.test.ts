import { describe, expect, it } from "vitest";
import { de } from "date-fns/locale/de";
import { enUS } from "date-fns/locale/en-US";
import { fr } from "date-fns/locale/fr";
import { ko } from "date-fns/locale/ko";
import { dayOf, dayOfIso, formatDay, formatDayRange, formatFuzzyDate, isoOfDay, MAX_DATE_DAY, partsOfDay, yearWords } from "../../src/domain/fuzzyDate";
import { fuzzyDate, parseFuzzyDate } from "../../src/domain/parseFuzzyDate";

describe("years before the common era", () => {
  it("EDTF year -3499 is 3500 BCE, and year 0 is 1 BCE", () => {
    expect(formatFuzzyDate(fuzzyDate("-3499"))).toBe("3500 BCE");
    expect(formatFuzzyDate(fuzzyDate("0000"))).toBe("1 BCE");
    expect(formatFuzzyDate(fuzzyDate("0001"))).toBe("1");
    expect(formatFuzzyDate(fuzzyDate("-0001"))).toBe("2 BCE");
  });

  it("a day or month before the common era names the era, and no year is padded", () => {
    expect(formatFuzzyDate(fuzzyDate("-0043-03-15"))).toBe("15 March 44 BCE");
    expect(formatFuzzyDate(fuzzyDate("-0043-03"))).toBe("March 44 BCE");
    expect(formatFuzzyDate(fuzzyDate("0500"))).toBe("500");
    expect(formatFuzzyDate(fuzzyDate("0044-03-15"))).toBe("15 March 44");
  });

  it("a span across the eras names both", () => {
    expect(formatFuzzyDate(fuzzyDate("-0009/0009"))).toBe("10 BCE – 9 CE");
    expect(formatFuzzyDate(fuzzyDate("-3499/-2999"))).toBe("3500 BCE – 3000 BCE");
  });

  it("the era is localised", () => {
    expect(formatFuzzyDate(fuzzyDate("-3499"), fr)).toBe("3500 av. J.-C.");
    expect(formatFuzzyDate(fuzzyDate("-3499"), de)).toBe("3500 v. Chr.");
    expect(formatFuzzyDate(fuzzyDate("-3499"), ko)).toBe("기원전 3500년");
    expect(formatFuzzyDate(fuzzyDate("-0043-03-15"), enUS)).toBe("March 15th, 44 BCE");
  });

  it("a deadline and an uncertain range before the common era name the era", () => {
    expect(formatFuzzyDate(fuzzyDate("[..-0043-03-15]"))).toBe("by 15 March 44 BCE");
    expect(formatFuzzyDate(fuzzyDate("[-0043-03-01..-0043-03-20]"))).toBe("between 1 March 44 BCE and 20 March 44 BCE");
  });
});

describe("deep time: years beyond the JavaScript date range", () => {
  it("Y-years are read, placed by the proleptic Gregorian calendar's arithmetic, and said in billions", () => {
    const bigBang = fuzzyDate("Y-13799999999");
    expect(bigBang.precision).toBe("year");
    expect(bigBang.start.earliestDay).toBeLessThan(-MAX_DATE_DAY);
    // 400 Gregorian years are 146,097 days: 365.2425 a year.
    expect(fuzzyDate("Y-10000399").start.earliestDay - fuzzyDate("Y-10000799").start.earliestDay).toBe(146_097);
    expect(bigBang.start.latestDay - bigBang.start.earliestDay + 1).toBe(365);
    expect(formatFuzzyDate(bigBang)).toBe("13.8 billion BCE");
    expect(formatFuzzyDate(fuzzyDate("Y-13799629999"))).toBe("13.79963 billion BCE");
    expect(formatFuzzyDate(fuzzyDate("Y-314999"))).toBe("315,000 BCE");
    expect(formatFuzzyDate(fuzzyDate("Y-538799999/Y-251901999"))).toBe("538.8 million BCE – 251.902 million BCE");
    expect(formatFuzzyDate(fuzzyDate("Y-13799999999"), fr)).toBe("13,8 milliards av. J.-C.");
  });

  it("edtf.js's exponential years are read too", () => {
    expect(parseFuzzyDate("Y-17E7")).toMatchObject({ ok: true, date: { precision: "year" } });
    expect(formatFuzzyDate(fuzzyDate("Y-17E7"))).toBe("170 million BCE");
  });

  it("a Y-year needs more than four digits, and an interval may not end before it starts", () => {
    expect(parseFuzzyDate("Y-251901999/Y-538799999").ok).toBe(false);
  });

  it("calendar arithmetic agrees with the Date-based one in range and keeps going beyond it", () => {
    for (const iso of ["1970-01-01", "2019-02-28", "2020-02-29", "0000-03-01", "-0043-03-15", "-271820-06-01"]) {
      const day = dayOfIso(iso)!;
      expect(isoOfDay(day)).toBe(iso);
      const [, sign, y, m, d] = /^(-?)(\d+)-(\d+)-(\d+)$/.exec(iso)!;
      expect(partsOfDay(day)).toEqual({ year: Number(sign + y), month: Number(m), day: Number(d) });
      const date = new Date(0);
      date.setUTCFullYear(Number(sign + y), Number(m) - 1, Number(d));
      expect(day).toBe(date.getTime() / 86_400_000);
    }
    const far = dayOf(-13_799_999_999, 1, 1);
    expect(isoOfDay(far)).toBe("-13799999999-01-01");
    expect(dayOfIso("-13799999999-01-01")).toBe(far);
  });

  it("year words and day words never throw beyond the date range", () => {
    expect(yearWords(-13_799_999_999)).toBe("13.8 billion BCE");
    expect(formatDay(dayOf(-13_799_999_999, 7, 1))).toBe("13.8 billion BCE");
    expect(formatDay(dayOf(2019, 1, 18))).toBe("18 Jan 2019");
    expect(formatDay(dayOf(-43, 3, 15))).toBe("15 Mar 44 BCE");
  });
});

describe("a range of days, as the zoom controls say it", () => {
  it("names both eras when it crosses 1 CE, and never throws in deep time", () => {
    expect(formatDayRange(dayOf(-43, 3, 15), dayOf(2, 1, 1))).toBe("15 Mar 44 BCE – 1 Jan 2 CE");
    expect(formatDayRange(dayOf(2019, 1, 18), dayOf(2019, 3, 3))).toBe("18 Jan 2019 – 3 Mar 2019");
    expect(formatDayRange(dayOf(-13_799_999_999, 1, 1), dayOf(-3499, 1, 1))).toBe("13.8 billion BCE – 3500 BCE");
    // Each end said to three figures, not to the year.
    expect(formatDayRange(dayOf(-14_627_999_999, 1, 1), dayOf(828_002_140, 1, 1))).toBe("14.6 billion BCE – 828 million CE");
  });
});
