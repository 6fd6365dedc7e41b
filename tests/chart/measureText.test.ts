import { describe, expect, it } from "vitest";
import { measurerFromContext } from "../../src/chart/measureText";

/** A canvas stand-in: glyph widths, with kerning that tightens "AV" and "Wo" as real fonts do. */
function fakeContext() {
  const calls: string[] = [];
  const width = (c: string) => ({ W: 12, A: 9, V: 9, o: 7, i: 3, "…": 10 })[c] ?? 7;
  const context = {
    measureText(text: string) {
      calls.push(text);
      let sum = 0;
      for (const c of text) sum += width(c);
      const kerning = (text.match(/AV|Wo/g)?.length ?? 0) * 1.5;
      return { width: sum - kerning } as TextMetrics;
    },
  };
  return { context, calls };
}

describe("measurerFromContext", () => {
  it("measures Latin text glyph by glyph, each glyph once, whatever the number of titles", () => {
    const { context, calls } = fakeContext();
    const measure = measurerFromContext(context);
    expect(measure("Wii")).toBe(18);
    expect(measure("iW…")).toBe(25);
    expect(measure("Wiiii iW")).toBe(12 + 3 * 4 + 7 + 3 + 12);
    expect(calls.sort()).toEqual(["W", "i", "…", " "].sort());
  });

  it("never gives less than the exact width: kerning only tightens, so labels get at least their room", () => {
    const { context } = fakeContext();
    const measure = measurerFromContext(context);
    for (const text of ["AVAV", "Wow", "Avoid", "Wolf (planned)", "Talks in Hanoi"]) {
      const exact = context.measureText(text).width;
      expect(measure(text)).toBeGreaterThanOrEqual(exact);
      expect(measure(text)).toBeLessThanOrEqual(exact * 1.1);
    }
  });

  it("measures text in other scripts whole, where shaping can change widths either way", () => {
    const { context, calls } = fakeContext();
    const measure = measurerFromContext(context);
    expect(measure("김정은 위원장")).toBe(context.measureText("김정은 위원장").width);
    calls.length = 0;
    measure("김정은 위원장");
    expect(calls).toEqual([]); // remembered
  });
});
