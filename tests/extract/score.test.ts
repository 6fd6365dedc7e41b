import { describe, expect, it } from "vitest";
import { scoreExtraction, type GoldFile } from "../../scripts/extract-score";
import { extract } from "./helpers";

const TEXT = "The leaders met on Friday. They will meet again by the end of February. Talks have stalled for months.";
const gold = (expressions: GoldFile["expressions"]): GoldFile => ({ title: "t", file: "-", published: "2019-01-18", expressions });

describe("scoreExtraction", () => {
  it("a perfect extraction scores 1 everywhere and passes its headlines", () => {
    const s = scoreExtraction(TEXT, gold([
      { phrase: "on Friday", when: "2019-01-18", headline: "meeting" },
      { phrase: "by the end of February", when: "[..2019-02-28]" },
      { phrase: "for months", when: null },
    ]), extract(TEXT, "2019-01-18"));
    expect([s.recall, s.precision, s.resolvedRight]).toEqual([1, 1, 1]);
    expect(s.headlines).toEqual([{ name: "meeting", ok: true, expected: "2019-01-18", got: ["on Friday → 2019-01-18"] }]);
  });

  it("a wrong date counts as found but not right, and fails a headline", () => {
    const s = scoreExtraction(TEXT, gold([{ phrase: "on Friday", when: "2019-01-11", headline: "meeting" }]), extract(TEXT, "2019-01-18"));
    expect(s.recall).toBe(1);
    expect(s.resolvedRight).toBe(0);
    expect(s.headlines[0].ok).toBe(false);
    // the two predictions the gold file does not list are false positives
    expect(s.falsePositives.map((p) => p.phrase)).toEqual(["by the end of February", "for months"]);
    expect(s.precision).toBeCloseTo(1 / 3);
  });

  it("a phrase the extractor misses lowers recall; a list of answers accepts any of them", () => {
    const s = scoreExtraction(TEXT, gold([
      { phrase: "stalled", when: "2019" },
      { phrase: "on Friday", when: ["2019-01-11", "2019-01-18"] },
    ]), extract(TEXT, "2019-01-18"));
    expect(s.recall).toBe(0.5);
    expect(s.right).toBe(1);
  });

  it("throws when a gold phrase is not in the text", () => {
    expect(() => scoreExtraction(TEXT, gold([{ phrase: "on Sunday", when: "2019-01-13" }]), extract(TEXT, "2019-01-18"))).toThrow(/not in the text/);
  });
});
