/**
 * An embedder's accent colour, kept legible: links and selection use it as text and outline, so
 * it must reach WCAG AA (4.5:1) against the theme's backgrounds. A colour that does not is
 * darkened (on a light background) or lightened (on a dark one) as little as needed.
 */
import { parseHexColour } from "./pageOptions";

type Rgb = [number, number, number];

export const AA_TEXT_CONTRAST = 4.5;

function rgbOf(hex: string): Rgb | undefined {
  const parsed = parseHexColour(hex);
  if (!parsed) return undefined;
  return [1, 3, 5].map((i) => Number.parseInt(parsed.slice(i, i + 2), 16)) as Rgb;
}

const hexOf = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const rgb = rgbOf(hex);
  if (!rgb) return Number.NaN;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The accent itself if it reaches `minRatio` against every background, else the nearest colour
 * towards black (light backgrounds) or white (dark ones) that does. Backgrounds that are not
 * hex colours are skipped.
 */
export function legibleAccent(accent: string, backgrounds: string[], minRatio = AA_TEXT_CONTRAST): string {
  const rgb = rgbOf(accent);
  const bgs = backgrounds.map((b) => parseHexColour(b)).filter((b): b is string => b !== undefined);
  if (!rgb || bgs.length === 0) return parseHexColour(accent) ?? accent;
  const ok = (hex: string) => bgs.every((bg) => contrastRatio(hex, bg) >= minRatio);
  const start = hexOf(rgb);
  if (ok(start)) return start;
  const darkBackground = bgs.reduce((sum, bg) => sum + luminance(bg), 0) / bgs.length < 0.18;
  const target = darkBackground ? 255 : 0;
  const mix = (t: number) => hexOf(rgb.map((c) => c + (target - c) * t) as Rgb);
  // Binary search on the mix: the smallest change that passes.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (ok(mix(mid))) hi = mid;
    else lo = mid;
  }
  return mix(hi);
}
