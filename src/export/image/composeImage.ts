/**
 * An exported image, composed: the chart's standalone SVG framed with the title, a legend that
 * says every encoding in words as well as shapes, and the source credit, scaled into the size asked
 * for. String building only: the chart's SVG comes from serialiseChart.ts.
 */
import type { ExportSize } from "./exportSizes";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Measures text at a size and weight, in pixels. */
export type SizedTextMeasurer = (text: string, fontSizePx: number, bold?: boolean) => number;

/** Character counting, for tests and when there is no canvas. */
export const approximateSizedMeasurer: SizedTextMeasurer = (text, fontSizePx, bold) => text.length * fontSizePx * (bold ? 0.6 : 0.55);

/** Break text into lines no wider than maxPx, at spaces (a word longer than a line gets a line of its own). */
export function wrapText(text: string, maxPx: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxPx) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Scale and offset that fit content inside a box, centred, keeping its proportions. */
export function fitInto(content: ExportSize, box: ExportSize): { scale: number; xPx: number; yPx: number } {
  const scale = Math.min(box.widthPx / content.widthPx, box.heightPx / content.heightPx);
  return { scale, xPx: (box.widthPx - content.widthPx * scale) / 2, yPx: (box.heightPx - content.heightPx * scale) / 2 };
}

/** The colours the export draws its frame and legend with, resolved from the page's theme. */
export interface ExportPalette {
  background: string;
  ink: string;
  inkSoft: string;
  rule: string;
  asOf: string;
  fontFamily: string;
}

export const DEFAULT_PALETTE: ExportPalette = {
  background: "#ffffff",
  ink: "#1a1a1a",
  inkSoft: "#4a4a4a",
  rule: "#d9d9d4",
  asOf: "#8a1c1c",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};

/** A category in the legend: its name and the colours its marks are drawn in. */
export interface LegendCategory {
  label: string;
  fill: string;
  stroke: string;
}

export interface ComposeOptions {
  /** The chart, a serialized standalone <svg> (see serializeChart). */
  chart: { markup: string; widthPx: number; heightPx: number };
  title: string;
  /** Draw the title above the chart (a handout already has it as a heading). Default true. */
  drawTitle?: boolean;
  subtitle?: string;
  /** The source credit, as news graphics carry under the chart. */
  credit: string;
  categories: LegendCategory[];
  palette?: ExportPalette;
  measure?: SizedTextMeasurer;
  /** The output size; the content is scaled to fit and centred. Default: the content's own size. */
  size?: ExportSize;
  /** Prefix for the ids this adds (legend paint servers), so that two exports on one page do not clash. */
  idPrefix?: string;
}

const PAD_PX = 24;
const TITLE_PX = 22;
const SUBTITLE_PX = 14;
const LEGEND_PX = 13;
const CREDIT_PX = 12;
const LEGEND_ROW_PX = 22;
const SWATCH_GAP_PX = 6;
const ITEM_GAP_PX = 18;

type Swatch = { widthPx: number; draw: (x: number, yMid: number) => string };

/**
 * The whole picture as one SVG document: title, chart, legend (every encoding, in words as well as
 * shapes), credit. Returns the markup and its size.
 */
export function composeExportSvg(options: ComposeOptions): { svg: string } & ExportSize {
  const palette = options.palette ?? DEFAULT_PALETTE;
  const measure = options.measure ?? approximateSizedMeasurer;
  const p = options.idPrefix ?? "export-";
  const { chart } = options;
  const innerWidthPx = Math.max(chart.widthPx, 480);
  const contentWidthPx = innerWidthPx + 2 * PAD_PX;
  const parts: string[] = [];
  const text = (x: number, y: number, value: string, sizePx: number, extra = "") =>
    `<text x="${r(x)}" y="${r(y)}" font-size="${sizePx}"${extra}>${escapeXml(value)}</text>`;

  let y = PAD_PX;
  for (const line of options.drawTitle === false ? [] : wrapText(options.title, innerWidthPx, (t) => measure(t, TITLE_PX, true))) {
    y += TITLE_PX * 1.2;
    parts.push(text(PAD_PX, y - TITLE_PX * 0.25, line, TITLE_PX, ` font-weight="700" fill="${palette.ink}"`));
  }
  if (options.subtitle) {
    for (const line of wrapText(options.subtitle, innerWidthPx, (t) => measure(t, SUBTITLE_PX))) {
      y += SUBTITLE_PX * 1.4;
      parts.push(text(PAD_PX, y - SUBTITLE_PX * 0.3, line, SUBTITLE_PX, ` fill="${palette.inkSoft}"`));
    }
  }
  y += 10;
  const chartSvg = chart.markup.replace(/^<svg\b/, `<svg x="${PAD_PX}" y="${r(y)}"`);
  parts.push(chartSvg);
  y += chart.heightPx + 14;

  // The legend: one line per channel, each line led by what the channel means.
  const dot = (fill: string, stroke: string, dash = "") => ({
    widthPx: 14,
    draw: (x: number, m: number) => `<circle cx="${r(x + 7)}" cy="${r(m)}" r="5" fill="${fill}" stroke="${stroke}" stroke-width="2"${dash}/>`,
  });
  const groups: { heading: string; items: { swatch: Swatch; label: string }[] }[] = [
    {
      heading: "Colour: category",
      items: options.categories.map((c) => ({
        label: c.label,
        swatch: { widthPx: 14, draw: (x: number, m: number) => `<rect x="${r(x + 1)}" y="${r(m - 6)}" width="12" height="12" rx="3" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.5"/>` },
      })),
    },
    {
      heading: "Shape: date",
      items: [
        { label: "Exact day", swatch: dot(palette.inkSoft, palette.inkSoft) },
        { label: "Lasted several days", swatch: { widthPx: 34, draw: (x, m) => `<rect x="${r(x + 1)}" y="${r(m - 5)}" width="32" height="10" rx="5" fill="${palette.inkSoft}"/>` } },
        { label: "Some day in this month or year", swatch: { widthPx: 34, draw: (x, m) => `<rect x="${r(x + 1)}" y="${r(m - 5)}" width="32" height="10" fill="url(#${p}soft)"/>` } },
        {
          label: "By a deadline (window ends at the line)",
          swatch: {
            widthPx: 34,
            draw: (x, m) =>
              `<rect x="${r(x + 1)}" y="${r(m - 5)}" width="30" height="10" fill="url(#${p}hatch)"/><line x1="${r(x + 31)}" x2="${r(x + 31)}" y1="${r(m - 8)}" y2="${r(m + 8)}" stroke="${palette.ink}" stroke-width="3"/>`,
          },
        },
      ],
    },
    {
      heading: "Outline: status",
      items: [
        { label: "Happened (solid)", swatch: dot(palette.inkSoft, palette.inkSoft) },
        { label: "Planned (dashed outline)", swatch: dot(palette.background, palette.inkSoft, ` stroke-dasharray="4 2.5"`) },
        { label: "Expected or speculated (dotted outline)", swatch: dot(palette.background, palette.inkSoft, ` stroke-dasharray="1.5 2.5" stroke-linecap="round"`) },
        {
          label: "Ongoing at publication (arrow)",
          swatch: { widthPx: 22, draw: (x, m) => `<rect x="${r(x + 1)}" y="${r(m - 4)}" width="12" height="8" fill="${palette.inkSoft}"/><path d="M${r(x + 13)},${r(m - 6)} L${r(x + 20)},${r(m)} L${r(x + 13)},${r(m + 6)} Z" fill="${palette.inkSoft}"/>` },
        },
        {
          label: "Publication date (“as of”)",
          swatch: { widthPx: 10, draw: (x, m) => `<line x1="${r(x + 5)}" x2="${r(x + 5)}" y1="${r(m - 8)}" y2="${r(m + 8)}" stroke="${palette.asOf}" stroke-width="2" stroke-dasharray="4 2"/>` },
        },
      ],
    },
  ];
  parts.push(`<line x1="${PAD_PX}" x2="${PAD_PX + innerWidthPx}" y1="${r(y - 6)}" y2="${r(y - 6)}" stroke="${palette.rule}"/>`);
  for (const group of groups) {
    if (group.items.length === 0) continue;
    let x = PAD_PX;
    y += LEGEND_ROW_PX;
    const headingWidth = measure(`${group.heading}:`, LEGEND_PX, true);
    parts.push(text(x, y, `${group.heading}:`, LEGEND_PX, ` font-weight="700" fill="${palette.ink}"`));
    x += headingWidth + ITEM_GAP_PX / 2;
    for (const item of group.items) {
      const widthPx = item.swatch.widthPx + SWATCH_GAP_PX + measure(item.label, LEGEND_PX);
      if (x + widthPx > PAD_PX + innerWidthPx && x > PAD_PX + headingWidth + ITEM_GAP_PX) {
        x = PAD_PX + headingWidth + ITEM_GAP_PX / 2;
        y += LEGEND_ROW_PX;
      }
      parts.push(item.swatch.draw(x, y - LEGEND_PX * 0.35));
      parts.push(text(x + item.swatch.widthPx + SWATCH_GAP_PX, y, item.label, LEGEND_PX, ` fill="${palette.inkSoft}"`));
      x += widthPx + ITEM_GAP_PX;
    }
  }
  y += 14;
  parts.push(`<line x1="${PAD_PX}" x2="${PAD_PX + innerWidthPx}" y1="${r(y)}" y2="${r(y)}" stroke="${palette.rule}"/>`);
  y += 4;
  for (const line of wrapText(options.credit, innerWidthPx, (t) => measure(t, CREDIT_PX))) {
    y += CREDIT_PX * 1.45;
    parts.push(text(PAD_PX, y - CREDIT_PX * 0.3, line, CREDIT_PX, ` fill="${palette.inkSoft}"`));
  }
  y += PAD_PX;

  const content = { widthPx: Math.ceil(contentWidthPx), heightPx: Math.ceil(y) };
  const size = options.size ?? content;
  const fit = fitInto(content, size);
  const defs =
    `<defs><linearGradient id="${p}soft" x1="0" x2="1"><stop offset="0" stop-color="${palette.inkSoft}" stop-opacity="0.08"/><stop offset="0.3" stop-color="${palette.inkSoft}" stop-opacity="0.5"/><stop offset="0.7" stop-color="${palette.inkSoft}" stop-opacity="0.5"/><stop offset="1" stop-color="${palette.inkSoft}" stop-opacity="0.08"/></linearGradient>` +
    `<pattern id="${p}hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${palette.inkSoft}" stroke-width="2.5"/></pattern></defs>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.widthPx}" height="${size.heightPx}" viewBox="0 0 ${size.widthPx} ${size.heightPx}" role="img" aria-labelledby="${p}title" font-family="${escapeXml(palette.fontFamily)}">` +
    `<title id="${p}title">${escapeXml(options.title)}</title>` +
    `<desc>${escapeXml(options.credit)}</desc>` +
    defs +
    `<rect width="100%" height="100%" fill="${palette.background}"/>` +
    `<g transform="translate(${r(fit.xPx)},${r(fit.yPx)}) scale(${fit.scale.toFixed(5)})">${parts.join("")}</g>` +
    `</svg>`;
  return { svg, ...size };
}

const r = (n: number) => String(Math.round(n * 100) / 100);

