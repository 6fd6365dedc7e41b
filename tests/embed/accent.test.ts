import { describe, expect, it } from "vitest";
import { AA_TEXT_CONTRAST, contrastRatio, legibleAccent, luminance } from "../../src/embed/accent";

const LIGHT = ["#ffffff", "#f6f6f3"]; // --bg, --panel (palette.css, light)
const DARK = ["#15171a", "#1f2226"]; // palette.css, dark

describe("accent colour", () => {
  it("computes WCAG contrast", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21);
    expect(contrastRatio("#0b5cad", "#ffffff")).toBeGreaterThan(6);
  });

  it("keeps an accent that is already legible", () => {
    expect(legibleAccent("#0b5cad", LIGHT)).toBe("#0b5cad");
    expect(legibleAccent("#7db7f0", DARK)).toBe("#7db7f0");
  });

  it("darkens a pale accent on light backgrounds, lightens a dark one on dark, as little as needed", () => {
    const onLight = legibleAccent("#ffd54a", LIGHT);
    for (const bg of LIGHT) expect(contrastRatio(onLight, bg)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(onLight, "#ffffff")).toBeLessThan(5.2);
    const onDark = legibleAccent("#0b1f5c", DARK);
    for (const bg of DARK) expect(contrastRatio(onDark, bg)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(luminance(onDark)).toBeGreaterThan(luminance("#0b1f5c"));
  });

  it("leaves the accent alone when the backgrounds are unknown", () => {
    expect(legibleAccent("#ffd54a", ["", "var(--x)"])).toBe("#ffd54a");
  });
});
