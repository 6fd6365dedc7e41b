/**
 * The chart as a file: a standalone SVG (styles inlined, so it looks the same anywhere) with a title,
 * the legend and the source credit, scaled into a chosen size; and a PNG of exactly that many pixels,
 * drawn from the SVG on a canvas. The string-building parts are pure; the DOM parts are small.
 */
import { createCanvasTextMeasurer } from "./measureText";
import type { BatchedPath } from "./canvas/batchedPaths";
import { batchedVectorOf } from "./canvas/batchedVector";
import { creditText } from "../domain/creditText";
import { resolveColours } from "../export/image/resolveColour";
export { creditText };

import type { ExportSize } from "../export/image/exportSizes";

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


/** A file name from the title and size: "us-north-korea-diplomacy-1920x1080.png". */
export function exportFileName(title: string, size: ExportSize | undefined, extension: "png" | "svg"): string {
  const slug =
    title
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "timeline";
  return size ? `${slug}-${size.widthPx}x${size.heightPx}.${extension}` : `${slug}.${extension}`;
}

/** Computed properties that decide how the chart looks; the rest are the SVG defaults or irrelevant. */
const STYLE_PROPERTIES = [
  "display",
  "visibility",
  "opacity",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-opacity",
  "stop-color",
  "stop-opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "letter-spacing",
  "text-transform",
  "text-decoration-line",
  "font-variant-numeric",
] as const;

/** Defaults not worth writing into every element. */
const DEFAULTS: Record<string, string[]> = {
  display: ["inline", "block"],
  visibility: ["visible"],
  opacity: ["1"],
  "fill-opacity": ["1"],
  "stroke-opacity": ["1"],
  "stop-opacity": ["1"],
  "stroke-dasharray": ["none"],
  "stroke-linecap": ["butt"],
  "font-style": ["normal"],
  "letter-spacing": ["normal"],
  "text-transform": ["none"],
  "text-decoration-line": ["none"],
  "font-variant-numeric": ["normal"],
};

/** Attributes for interaction and assistive technology in the page; in a file they only get in the way. */
const DROP_ATTRIBUTES = /^(tabindex|role|aria-[\w-]+|data-[\w-]+|focusable)$/;

/** `url(#x)`, `url("#x")` and `url("http://page#x")` → `url(#prefix-x)`. */
export function prefixUrlRefs(value: string, prefix: string): string {
  return value.replace(/url\(\s*(['"]?)[^)'"]*#([^)'"]+)\1\s*\)/g, (_, _q, id: string) => `url(#${prefix}${id})`);
}

/**
 * A standalone copy of a chart <svg>: every element's look inlined from its computed style (the page's
 * classes and CSS variables mean nothing in a file), ids prefixed so copies never clash with the page,
 * and the page-only attributes (tab stops, roles, data-*) and the invisible zoom surface dropped.
 */
export function serializeChart(
  svg: SVGSVGElement,
  options: { idPrefix?: string; computedStyle?: (el: Element) => CSSStyleDeclaration } = {},
): { markup: string; widthPx: number; heightPx: number } {
  const prefix = options.idPrefix ?? "export-";
  const styleOf = options.computedStyle ?? ((el: Element) => getComputedStyle(el));
  const widthPx = Number(svg.getAttribute("width")) || svg.getBoundingClientRect().width;
  const heightPx = Number(svg.getAttribute("height")) || svg.getBoundingClientRect().height;
  const clone = svg.cloneNode(true) as SVGSVGElement;

  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  const removals: Element[] = [];
  const batchedLayers: { layer: Element; paths: BatchedPath[] }[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    // The zoom surface is invisible; a canvas (the batched marks' picture of the screen) is replaced
    // by the same marks as vector paths, in the probes BatchedMarks keeps for their styles.
    if (original.classList.contains("zoom-surface") || original.localName === "foreignObject") {
      removals.push(copy);
      return;
    }
    if (original.classList.contains("batched-marks")) batchedLayers.push({ layer: copy, paths: batchedVectorOf(original) ?? [] });
    const computed = styleOf(original);
    const declarations: string[] = [];
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property).trim();
      if (!value || DEFAULTS[property]?.includes(value)) continue;
      declarations.push(`${property}:${prefixUrlRefs(value, prefix)}`);
    }
    for (const attribute of [...copy.attributes]) {
      if (DROP_ATTRIBUTES.test(attribute.name)) copy.removeAttribute(attribute.name);
      else if (attribute.name === "id") copy.setAttribute("id", `${prefix}${attribute.value}`);
      else if (attribute.value.includes("url(")) copy.setAttribute(attribute.name, prefixUrlRefs(attribute.value, prefix));
      else if ((attribute.name === "href" || attribute.name === "xlink:href") && attribute.value.startsWith("#")) copy.setAttribute(attribute.name, `#${prefix}${attribute.value.slice(1)}`);
    }
    copy.removeAttribute("class");
    if (declarations.length > 0) copy.setAttribute("style", declarations.join(";"));
    else copy.removeAttribute("style");
  });
  for (const element of removals) element.remove();
  // After the styles are inlined: the labels are copies of their probe's styled <text>.
  for (const { layer, paths } of batchedLayers) fillBatchedProbes(layer, paths);

  // No xmlns attribute: XMLSerializer declares the SVG namespace itself (setting it too would duplicate it).
  clone.setAttribute("width", String(widthPx));
  clone.setAttribute("height", String(heightPx));
  clone.setAttribute("viewBox", `0 0 ${widthPx} ${heightPx}`);
  clone.setAttribute("overflow", "hidden");
  const markup = new XMLSerializer().serializeToString(clone);
  return { markup, widthPx, heightPx };
}

/**
 * Give the probe groups of a copied `.batched-marks` layer their geometry, in order, and their labels
 * as copies of the probe's (already styled) <text>, a search's matches as copies of its tspan.
 * NOTE: mutates `layer`.
 */
function fillBatchedProbes(layer: Element, paths: readonly BatchedPath[]): void {
  // The probes' box is hidden on the page (they only carry styles); in the file they are the marks.
  const box = [...layer.children].find((child) => child.localName === "g");
  if (!box) return;
  box.removeAttribute("style");
  box.removeAttribute("display");
  const probes = [...box.children].filter((child) => child.localName === "g");
  paths.forEach((path, i) => {
    const probe = probes[i];
    if (!probe) return;
    const shape = probe.querySelector(":scope > path:first-child");
    shape?.setAttribute("d", path.d);
    // Soft bands one path each: each has its own gradient across its own width.
    if (shape && path.pieces && path.pieces.length > 1) {
      shape.setAttribute("d", path.pieces[0]);
      let last = shape;
      for (const piece of path.pieces.slice(1)) {
        const copy = shape.cloneNode(false) as Element;
        copy.setAttribute("d", piece);
        last.after(copy);
        last = copy;
      }
    }
    const extras = [...probe.querySelectorAll(":scope > path")].slice(path.pieces?.length ?? 1);
    const deadline = path.deadlinesD ? extras.shift() : undefined;
    if (deadline && path.deadlinesD) deadline.setAttribute("d", path.deadlinesD);
    if (path.arrowsD) extras.shift()?.setAttribute("d", path.arrowsD);
    const template = probe.querySelector(":scope > text");
    if (!template) return;
    const hitTemplate = template.querySelector("tspan");
    hitTemplate?.remove();
    for (const label of path.labels) {
      const text = template.cloneNode(false) as Element;
      text.setAttribute("x", String(label.xPx));
      text.setAttribute("y", String(label.yPx));
      let at = 0;
      for (const [start, end] of label.hits) {
        if (start > at) text.append(label.text.slice(at, start));
        const hit = (hitTemplate?.cloneNode(false) ?? template.ownerDocument.createElementNS(template.namespaceURI, "tspan")) as Element;
        hit.textContent = label.text.slice(start, end);
        text.append(hit);
        at = end;
      }
      if (at < label.text.length) text.append(label.text.slice(at));
      probe.append(text);
    }
    template.remove();
  });
}

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
  const cache = new Map<string, (text: string) => number>();
  return (text, fontSizePx, bold) => {
    const key = `${fontSizePx}:${bold ? 1 : 0}`;
    let measure = cache.get(key);
    if (!measure) {
      measure = createCanvasTextMeasurer(`${bold ? "700 " : ""}${fontSizePx}px ${fontFamily}`, fontSizePx);
      cache.set(key, measure);
    }
    return measure(text);
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

/** The live chart, framed with title, legend and credit, as SVG markup. */
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

/** Draw SVG markup on a canvas of exactly `size` pixels and encode it as PNG. */
export async function svgToPngBlob(svg: string, size: ExportSize): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image(size.widthPx, size.heightPx);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = size.widthPx;
    canvas.height = size.heightPx;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw on a canvas");
    context.drawImage(image, 0, 0, size.widthPx, size.heightPx);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image is too large for this browser"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hand a file to the browser's downloads. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
