import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFuzzyDate, parsePlainEdtf, parseWithEdtfJs } from "../../src/domain/parseFuzzyDate";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Plain dates, valid or not: months 0–13 and days 0–32 include the ones that do not exist. */
const plainDate = fc
  .record({
    // Not year 0000: edtf.js makes a day in year 0 two days long (its Feb 28 runs into the 29th);
    // the fast path gets it right, see the test below. fast-check found this in CI.
    // Negative years too (-0043 is 44 BCE), not -0000, which EDTF does not have.
    year: fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -9999, max: -1 }), fc.constantFrom(1900, 2000, 2019, 2020, 2100, 400, -1, -4, -100, -400)),
    month: fc.option(fc.integer({ min: 0, max: 13 }), { nil: undefined }),
    day: fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }),
    qualifier: fc.constantFrom("", "", "~", "?", "%"),
  })
  .map(({ year, month, day, qualifier }) => `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}${month === undefined ? "" : `-${pad(month, 2)}${day === undefined ? "" : `-${pad(day, 2)}`}`}${qualifier}`);
const plainInput = fc.oneof(
  plainDate,
  fc.tuple(plainDate, plainDate).map(([a, b]) => `${a}/${b}`),
  plainDate.map((d) => `[..${d}]`),
  fc.tuple(plainDate, plainDate).map(([a, b]) => `[${a}..${b}]`),
);

describe("the fast path for plain dates", () => {
  it("agrees with edtf.js (dates, intervals, [..D] and [A..B]) whenever it answers, and answers every valid plain date", () => {
    fc.assert(
      fc.property(plainInput, (text) => {
        const fast = parsePlainEdtf(text);
        const slow = parseWithEdtfJs(text);
        if (fast) expect(fast).toEqual(slow);
        // Qualified dates inside a set are left to edtf.js on purpose.
        else if (!(text.startsWith("[") && /[~?%]/.test(text))) expect(slow.ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("a day in year 0 (1 BC) is one day, where edtf.js says two", () => {
    const fast = parsePlainEdtf("0000-02-28");
    expect(fast?.ok && fast.date.start.latestDay - fast.date.start.earliestDay).toBe(0);
    const slow = parseWithEdtfJs("0000-02-28");
    expect(slow.ok && slow.date.start.latestDay - slow.date.start.earliestDay).toBe(1);
  });

  it("leaves days that do not exist to edtf.js, which rejects them", () => {
    for (const text of ["2019-02-29", "2018-04-31", "1900-02-29", "2019-02-29/2019-03-01", "2018-13", "2018-00", "2018-06-00"]) {
      expect(parsePlainEdtf(text)).toBeUndefined();
      expect(parseFuzzyDate(text).ok).toBe(false);
    }
    expect(parseFuzzyDate("2020-02-29").ok).toBe(true);
    expect(parseFuzzyDate("2000-02-29").ok).toBe(true);
  });

  it("leaves other EDTF forms to edtf.js", () => {
    for (const text of ["[..2019-02-28", "[2019-01-18..2019-02-28..2019-03-01]", "[2019..]", "2018-21", "-0000", "Y2018", "Y-12345~", "2018/..", "2018-06-12T10:00"]) {
      expect(parsePlainEdtf(text)).toBeUndefined();
    }
    expect(parseFuzzyDate("[..2019-02-28]")).toMatchObject({ ok: true, date: { kind: "deadline" } });
  });

  it("a repeated date is parsed once and shared, frozen", () => {
    const a = parseFuzzyDate("2018-06-12/2018-06-14");
    const b = parseFuzzyDate("2018-06-12/2018-06-14");
    expect(b).toBe(a);
    expect(Object.isFrozen(a.ok && a.date.start)).toBe(true);
  });
});
