/**
 * The full EDTF parser (edtf.js) costs a fraction of a millisecond a date: forms this app cannot use
 * are turned away before it, and the number of texts it reads for one import is capped.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fullParserReads, limitFullParserReads, parseFuzzyDate, parseWithEdtfJs, rejectUnsupportedEdtf } from "../../src/domain/parseFuzzyDate";

/** What parsing `text` costs in edtf.js reads, and its result. */
function reads(text: string) {
  const before = fullParserReads();
  const result = parseFuzzyDate(text);
  return { result, reads: fullParserReads() - before };
}

describe("turning unsupported forms away before the full parser", () => {
  it("a set of eight days is refused with the supported forms named, without edtf.js", () => {
    const { result, reads: n } = reads("[1234-05-10,1234-05-11,1234-05-12,1234-05-13,1234-05-14,1234-05-15,1234-05-16,1234-05-17]");
    expect(n).toBe(0);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/only the sets \[\.\.2019-02-28\] \(on or before\) and \[2019-01-18\.\.2019-02-28\] \(one day between\) are supported/) });
  });

  it("a list {…} is refused as an unsupported kind, without edtf.js", () => {
    const { result, reads: n } = reads("{1990,1991,1992,1993}");
    expect(n).toBe(0);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/not supported here .*lists/) });
  });

  it("text with letters no EDTF date has gets the usual hint, without edtf.js", () => {
    const { result, reads: n } = reads("June 12, 2018");
    expect(n).toBe(0);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^not an EDTF date: "June 12, 2018" \(write a day 2018-06-12/) });
    expect(reads("12/06/2018").result).toMatchObject({ ok: false, error: expect.stringMatching(/write the year first/) });
  });

  it("turns away only what edtf.js would refuse too (generated texts)", () => {
    const alphabet = fc.constantFrom(..."0123456789-/.,[]{}~?%XYSETZ: +−a".split(""));
    const edtfLike = fc.oneof(
      fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join("")),
      fc.array(fc.constantFrom("2018", "2018-06", "2018-06-12", "..", "1990~", "-0044"), { minLength: 1, maxLength: 4 }).chain((parts) =>
        fc.constantFrom("[", "{", "").map((open) => `${open}${parts.join(",")}${open === "[" ? "]" : open === "{" ? "}" : ""}`),
      ),
    );
    fc.assert(
      fc.property(edtfLike, (text) => {
        const early = rejectUnsupportedEdtf(text);
        if (early) expect(parseWithEdtfJs(text).ok, text).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a cap on the full parser's work", () => {
  it("within the cap every date is read; past it the rest are not read, and the caller is told how many and which first", () => {
    const texts = Array.from({ length: 5 }, (_, i) => `2018-06-1${i}T12:00:00Z`);
    const before = fullParserReads();
    const run = limitFullParserReads(3, () => texts.map((t) => parseFuzzyDate(t)));
    expect(fullParserReads() - before).toBe(3);
    expect(run.value.slice(0, 3).every((r) => r.ok)).toBe(true);
    expect(run.value.slice(3).every((r) => !r.ok)).toBe(true);
    expect(run.refused).toBe(2);
    expect(run.firstRefused).toBe("2018-06-13T12:00:00Z");
    // A refusal is not remembered: outside the cap the same text is read normally.
    expect(parseFuzzyDate("2018-06-14T12:00:00Z").ok).toBe(true);
  });

  it("plain dates and repeats of a date already read cost nothing against the cap", () => {
    const run = limitFullParserReads(1, () => ["2018-06-12", "2018-06", "1990/1991", "[..2019-02-28]", "2017-01-01T00:00:00Z", "2017-01-01T00:00:00Z"].map((t) => parseFuzzyDate(t)));
    expect(run.refused).toBe(0);
    expect(run.value.every((r) => r.ok)).toBe(true);
  });
});
