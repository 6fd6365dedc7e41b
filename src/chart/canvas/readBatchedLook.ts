import type { BatchedLook, LabelLook } from "./drawBatchedMarks";

/** A computed style: only getPropertyValue is read, so tests can pass plain maps. */
export type StyleReader = Pick<CSSStyleDeclaration, "getPropertyValue">;

const number = (style: StyleReader, property: string, fallback: number) => {
  const value = Number.parseFloat(style.getPropertyValue(property));
  return Number.isFinite(value) ? value : fallback;
};
/** A paint ("none", a colour, or a url() to a paint server) as the canvas takes it. */
const paint = (style: StyleReader, property: string) => {
  const value = style.getPropertyValue(property).trim();
  return value === "" || value === "none" ? undefined : value;
};

/** "4px, 2.5px" (or "4 2.5") → [4, 2.5]; "none" → []. */
export function parseDashArray(value: string): number[] {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed === "none") return [];
  const parts = trimmed.split(/[\s,]+/).map((part) => Number.parseFloat(part));
  return parts.every((n) => Number.isFinite(n) && n >= 0) && parts.some((n) => n > 0) ? parts : [];
}

/**
 * How a batched group looks, from the computed styles of its probe elements (BatchedMarks renders
 * them with the classes EventMark uses, and no geometry): the group, its shape, and the deadline
 * line and arrow where it has them. A fill that is a url() is a paint server: ChartDefs' soft band
 * or hatch, drawn in the category's colour.
 */
export function batchedLookFrom(group: StyleReader, shape: StyleReader, deadline?: StyleReader, arrow?: StyleReader, label?: StyleReader, hit?: StyleReader): BatchedLook {
  const fill = paint(shape, "fill");
  const deadlineStroke = deadline && paint(deadline, "stroke");
  return {
    opacity: group.getPropertyValue("display").trim() === "none" ? 0 : number(group, "opacity", 1),
    fill: fill?.startsWith("url(") ? undefined : fill,
    ...(fill?.startsWith("url(") && { paintServer: fill.includes("soft") ? ("soft" as const) : ("hatch" as const) }),
    fillOpacity: number(shape, "fill-opacity", 1),
    paintColour: group.getPropertyValue("--c").trim() || undefined,
    stroke: paint(shape, "stroke"),
    strokeWidthPx: number(shape, "stroke-width", 1),
    strokeOpacity: number(shape, "stroke-opacity", 1),
    dashPx: parseDashArray(shape.getPropertyValue("stroke-dasharray")),
    lineCap: (["butt", "round", "square"] as const).find((cap) => cap === shape.getPropertyValue("stroke-linecap").trim()) ?? "butt",
    ...(deadline && deadlineStroke && { deadline: { stroke: deadlineStroke, widthPx: number(deadline, "stroke-width", 3) } }),
    ...(arrow && { arrowFill: paint(arrow, "fill") }),
    ...(label && label.getPropertyValue("display").trim() !== "none" && { label: labelLookFrom(label, hit) }),
  };
}

/** A label's canvas font and colours, from its probe's computed style and that of a search match in it. */
export function labelLookFrom(label: StyleReader, hit?: StyleReader): LabelLook {
  const get = (style: StyleReader, property: string) => style.getPropertyValue(property).trim();
  const font = [get(label, "font-style"), get(label, "font-weight"), get(label, "font-size") || "13px", get(label, "font-family") || "sans-serif"].filter((part) => part !== "" && part !== "normal" && part !== "400").join(" ");
  const fill = paint(label, "fill") ?? "black";
  return {
    font,
    fill,
    hitFill: (hit && paint(hit, "fill")) ?? fill,
    hitUnderline: hit !== undefined && /underline/.test(get(hit, "text-decoration-line") || get(hit, "text-decoration")),
  };
}

/** The hatch tile of ChartDefs (6 px, a faint wash and a 2.5 px line, turned 45°), for a canvas. */
export function hatchPattern(ctx: CanvasRenderingContext2D, colour: string, pixelRatio: number): CanvasPattern | null {
  const tileCss = 6;
  const tilePx = Math.max(1, Math.round(tileCss * pixelRatio));
  const tile = ctx.canvas.ownerDocument.createElement("canvas");
  tile.width = tilePx;
  tile.height = tilePx;
  const t = tile.getContext("2d");
  if (!t) return null;
  t.scale(tilePx / tileCss, tilePx / tileCss);
  t.fillStyle = colour;
  t.globalAlpha = 0.12;
  t.fillRect(0, 0, tileCss, tileCss);
  t.globalAlpha = 1;
  t.strokeStyle = colour;
  t.lineWidth = 2.5;
  t.beginPath();
  t.moveTo(0, 0);
  t.lineTo(0, tileCss);
  t.stroke();
  const pattern = ctx.createPattern(tile, "repeat");
  // The pattern lives in chart pixels, as the SVG one does (patternUnits="userSpaceOnUse").
  pattern?.setTransform(new DOMMatrix().rotate(45).scale(tileCss / tilePx));
  return pattern;
}
