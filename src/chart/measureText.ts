import type { TextMeasurer } from "../layout/types";

/** Average glyph width as a share of the font size, for when there is no canvas (tests, jsdom). */
const AVERAGE_CHAR_EM = 0.56;

/** A measurer that counts characters: deterministic, for tests and environments without canvas. */
export function approximateTextMeasurer(fontSizePx: number): TextMeasurer {
  return (text) => text.length * fontSizePx * AVERAGE_CHAR_EM;
}

/** Measures with a canvas in the chart's font; falls back to counting characters. */
export function createCanvasTextMeasurer(font: string, fontSizePx: number): TextMeasurer {
  const fallback = approximateTextMeasurer(fontSizePx);
  let context: CanvasRenderingContext2D | null = null;
  try {
    // jsdom has no canvas and says so on the console; don't ask it.
    if (typeof navigator !== "undefined" && !/jsdom/i.test(navigator.userAgent)) {
      context = document.createElement("canvas").getContext("2d");
    }
  } catch {
    context = null;
  }
  if (!context) return fallback;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}
