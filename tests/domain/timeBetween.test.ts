import { describe, expect, it } from "vitest";
import { describeTimeBetween } from "../../src/domain/timeBetween";
import { fuzzyDate } from "../../src/domain/parseFuzzyDate";

const between = (a: string, b: string) => describeTimeBetween(fuzzyDate(a), fuzzyDate(b));

describe("describeTimeBetween", () => {
  it("is exact when both days are known", () => {
    expect(between("2018-06-12", "2019-01-18")).toEqual({ words: "7 months, 6 days (220 days)", direction: "after" });
    expect(between("2019-01-18", "2018-06-12").direction).toBe("before");
    // A count of days as every count in the app is written, with a comma between thousands.
    expect(between("2015-06-12", "2019-01-18").words).toMatch(/\(1,316 days\)$/);
    expect(between("2019-01-17", "2019-01-18").words).toBe("1 day");
    expect(between("2019-01-18", "2019-01-18").words).toBe("the same day");
  });
  it("says 'about' when one date is only month-precise", () => {
    expect(between("2018-06-12", "2018-11")).toEqual({ words: "about 5 months", direction: "after" });
  });
  it("gives a range when the uncertainty is wide", () => {
    expect(between("2018", "2019-01-18").words).toBe("up to 13 months");
    expect(between("2015", "2019-01-18").words).toBe("between 3 and 5 years");
    expect(between("2018-11", "2018-11-16").words).toBe("too close to tell which came first");
  });
  it("measures a deadline from its deadline day", () => {
    expect(between("2019-01-18", "[..2019-02-28]").direction).toBe("after");
  });
});

describe("time between dates before the common era and in deep time", () => {
  it("counts across 1 BCE to 1 CE without a year 0", () => {
    expect(between("-0043-03-15", "-0043-03-20").words).toBe("5 days");
    expect(between("0000-12-31", "0001-01-01").words).toBe("1 day");
  });

  it("says years, in thousands, millions or billions, beyond the JavaScript date range", () => {
    expect(between("Y-13799999999", "Y-4599999999")).toEqual({ words: "about 9.2 billion years", direction: "after" });
    expect(between("Y-314999", "-3499")).toEqual({ words: "about 311,500 years", direction: "after" });
    expect(between("-3499", "Y-314999").direction).toBe("before");
  });
});
