/**
 * The sizes an exported image can have: what the Download menu offers and checks as the reader
 * types. Apart from exportImage so the menu can show without loading the export code.
 */

/** Width and height in pixels. */
export interface ExportSize {
  widthPx: number;
  heightPx: number;
}

export const MIN_EXPORT_PX = 200;
/** Canvases larger than this fail in some browsers (Safari's area limit is about 16.7 megapixels). */
export const MAX_EXPORT_PX = 4096;

/** Ready-made sizes: a web column, a slide, a large slide, a print page. */
export const EXPORT_PRESETS: { id: string; label: string; size: ExportSize }[] = [
  { id: "web", label: "Web, 1200 × 675", size: { widthPx: 1200, heightPx: 675 } },
  { id: "slide", label: "Slide, 1920 × 1080", size: { widthPx: 1920, heightPx: 1080 } },
  { id: "large", label: "Large slide, 3840 × 2160", size: { widthPx: 3840, heightPx: 2160 } },
  { id: "square", label: "Square, 1080 × 1080", size: { widthPx: 1080, heightPx: 1080 } },
];

/** Read a size someone typed; says what is wrong rather than guessing. */
export function parseExportSize(width: string | number, height: string | number): { size: ExportSize } | { error: string } {
  const w = Number(String(width).trim());
  const h = Number(String(height).trim());
  if (!Number.isInteger(w) || !Number.isInteger(h)) return { error: "Width and height must be whole numbers of pixels." };
  if (w < MIN_EXPORT_PX || h < MIN_EXPORT_PX) return { error: `Width and height must be at least ${MIN_EXPORT_PX} pixels.` };
  if (w > MAX_EXPORT_PX || h > MAX_EXPORT_PX) return { error: `Width and height can be at most ${MAX_EXPORT_PX} pixels.` };
  return { size: { widthPx: w, heightPx: h } };
}
