/**
 * A chart on the page as an image file: its SVG serialised with its look inlined, framed with the
 * title, legend and credit in the colours the page shows, at the size asked for.
 */
import { DEFAULT_PALETTE, approximateSizedMeasurer, composeExportSvg, type ExportPalette, type SizedTextMeasurer } from "./composeImage";
import type { ExportSize } from "./exportSizes";
import { resolveColours } from "./resolveColour";
import { serializeChart } from "./serialiseChart";

/** The page's theme colours, as the chart is drawn in them, for the export's frame and legend. */
export function readPalette(element: Element): ExportPalette & { categoryColours: (index: number) => { fill: string; stroke: string } } {
  const d = DEFAULT_PALETTE;
  const colours = resolveColours(element, {
    background: { variable: "--bg", fallback: d.background },
    ink: { variable: "--ink", fallback: d.ink },
    inkSoft: { variable: "--ink-soft", fallback: d.inkSoft },
    rule: { variable: "--rule", fallback: d.rule },
    asOf: { variable: "--as-of", fallback: d.asOf },
  });
  return {
    ...colours,
    fontFamily: getComputedStyle(element).fontFamily || d.fontFamily,
    categoryColours: (index) => {
      const { fill, stroke } = resolveColours(element, { fill: { variable: `--cat-${index}`, fallback: "#777777" }, stroke: { variable: `--edge-${index}`, fallback: "#444444" } });
      return { fill, stroke };
    },
  };
}

/** Measures with a canvas in the export's font (character counting where there is no canvas). */
export function canvasSizedMeasurer(fontFamily: string): SizedTextMeasurer {
  let context: CanvasRenderingContext2D | null = null;
  try {
    // jsdom has no canvas and says so on the console; don't ask it.
    if (!/jsdom/i.test(navigator.userAgent)) context = document.createElement("canvas").getContext("2d");
  } catch {
    // No canvas: count characters.
  }
  if (!context) return approximateSizedMeasurer;
  const ctx = context;
  return (text, fontSizePx, bold) => {
    ctx.font = `${bold ? "700 " : ""}${fontSizePx}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}
export interface ChartExportRequest {
  title: string;
  drawTitle?: boolean;
  subtitle?: string;
  credit: string;
  /** The categories drawn, with their palette index. */
  categories: { label: string; colourIndex: number }[];
  size?: ExportSize;
  idPrefix?: string;
}

/** A chart on the page, framed with title, legend and credit, as SVG markup. */
export function exportChartSvg(chart: SVGSVGElement, request: ChartExportRequest): { svg: string } & ExportSize {
  const idPrefix = request.idPrefix ?? "export-";
  const palette = readPalette(chart);
  return composeExportSvg({
    chart: serializeChart(chart, { idPrefix: `${idPrefix}chart-` }),
    title: request.title,
    drawTitle: request.drawTitle,
    subtitle: request.subtitle,
    credit: request.credit,
    categories: request.categories.map((c) => ({ label: c.label, ...palette.categoryColours(c.colourIndex) })),
    palette,
    measure: canvasSizedMeasurer(palette.fontFamily),
    size: request.size,
    idPrefix,
  });
}

/** The categories of the events drawn, in the dataset's order, for the export's legend. */
export function legendCategories(
  events: readonly { category?: string }[],
  categories: readonly { id: string; label: string }[],
  colourIndexOf: (id: string | undefined) => number,
): { label: string; colourIndex: number }[] {
  const used = new Set(events.map((e) => e.category));
  const list = categories.filter((c) => used.has(c.id)).map((c) => ({ label: c.label, colourIndex: colourIndexOf(c.id) }));
  if (used.has(undefined)) list.push({ label: "Uncategorised", colourIndex: colourIndexOf(undefined) });
  return list;
}
