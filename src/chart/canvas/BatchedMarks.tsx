import { memo, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { groupBatchedMarks, type BatchedMark } from "./batchedGroups";
import { bandCovers, bandToDraw, canvasPixelRatio, drawBatchedGroups, visibleBand, type Band, type BatchedLook } from "./drawBatchedMarks";
import { batchedLookFrom, hatchPattern } from "./readBatchedLook";
import { onceAFrame } from "../../hooks/onceAFrame";

interface Props {
  marks: readonly BatchedMark[];
  colourIndexOf: (categoryId: string | undefined) => number;
  mutedIds?: ReadonlySet<string>;
  widthPx: number;
  heightPx: number;
  /** The search, whose matches the labels show. */
  query?: string;
}

/** Where the chart is on screen, as last measured: changed by scrolling and resizing, not by zooming. */
interface ChartOnScreen {
  /** The chart's top in the viewport (negative once scrolled past). */
  topPx: number;
  /** Screen pixels per chart pixel. */
  scale: number;
  viewportHeightPx: number;
}

/** The rows the canvas covers, and how finely it is drawn. */
interface Placement {
  band: Band;
  /** Device pixels per chart pixel. */
  ratio: number;
  widthPx: number;
}

/** Media features whose change can restyle the marks (the theme follows the first). */
const STYLE_MEDIA = ["(prefers-color-scheme: dark)", "(forced-colors: active)", "(prefers-contrast: more)"];

/**
 * The label-less marks of a crowded view, painted on one canvas rather than an element each:
 * at 10,000 events some 2,400 marks are in view, and as SVG paths the browser spent
 * most of each zoom step parsing, laying out and painting them. A picture only: the pointer finds
 * these marks by position (TimelineChart), the keyboard reaches every event through the marks and
 * the list, and each gets an element of its own as soon as it is hovered, focused or selected.
 *
 * How they look still comes from the stylesheet: each group of alike marks has an empty probe
 * with the classes EventMark uses, and the canvas paints what their computed styles say (themes,
 * forced colours, a presentation's faint steps). The canvas sits in a foreignObject where the
 * paths were, so axis, lanes and the "as of" line stay beneath and the marks' elements above it.
 * It covers only the rows on screen: a zoom step repaints it without reading the page's layout;
 * scrolling and resizing move it. Exported images draw the chart from its model (ChartPicture),
 * every mark as SVG.
 */
export const BatchedMarks = memo(function BatchedMarks({ marks, colourIndexOf, mutedIds, widthPx, heightPx, query = "" }: Props) {
  const groups = useMemo(() => groupBatchedMarks(marks, colourIndexOf, mutedIds), [marks, colourIndexOf, mutedIds]);
  const layerRef = useRef<SVGGElement>(null);
  const frameRef = useRef<SVGForeignObjectElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ groups, widthPx, heightPx, query });
  const onScreen = useRef<ChartOnScreen | undefined>(undefined);
  const placement = useRef<Placement | undefined>(undefined);
  const printing = useRef(false);
  // Looks by group key and hatches by colour: read from the stylesheet once, until the styles may change.
  const looks = useRef(new Map<string, BatchedLook>());
  const hatches = useRef(new Map<string, CanvasPattern | null>());

  // The painter lives in one ref, made once: the effects below share it.
  const painter = useRef<{ paint: () => void; place: (when: "now" | "frame") => void; measure: () => void; cancel: () => void } | undefined>(undefined);
  if (!painter.current) {
    const paint = () => {
      const canvas = canvasRef.current;
      const layer = layerRef.current;
      const where = placement.current;
      if (!canvas || !layer || !where || canvas.width === 0 || canvas.height === 0) return;
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      const { band, ratio } = where;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(ratio, 0, 0, ratio, 0, -band.topPx * ratio);
      const probes = layer.firstElementChild!.children;
      drawBatchedGroups(
        ctx,
        latest.current.groups,
        (group, i) => {
          let look = looks.current.get(group.key);
          if (!look) {
            const probe = probes[i];
            const part = (name: string) => {
              const element = probe.querySelector(`.${name}`);
              return element ? getComputedStyle(element) : undefined;
            };
            look = batchedLookFrom(getComputedStyle(probe), getComputedStyle(probe.firstElementChild!), part("mark-deadline"), part("mark-arrow"), part("mark-label"), part("hit"));
            looks.current.set(group.key, look);
          }
          return look;
        },
        {
          band,
          hatchFor: (colour) => {
            const key = `${colour}@${ratio}`;
            if (!hatches.current.has(key)) hatches.current.set(key, hatchPattern(ctx, colour, ratio));
            return hatches.current.get(key) ?? null;
          },
          query: latest.current.query,
        },
      );
    };
    const paintInFrame = onceAFrame(paint);
    /**
     * Size and move the canvas to the rows on screen (none when there is nothing to draw), from
     * where the chart was last measured: a zoom step that adds rows reads no layout. Then paint.
     */
    const place = (when: "now" | "frame") => {
      const frame = frameRef.current;
      const canvas = canvasRef.current;
      const where = onScreen.current;
      if (!frame || !canvas || !where) return;
      const { groups, widthPx, heightPx } = latest.current;
      const visible = printing.current ? { topPx: 0, bottomPx: heightPx } : visibleBand(where.topPx, where.scale, heightPx, where.viewportHeightPx);
      const band = groups.length === 0 ? { topPx: 0, bottomPx: 0 } : printing.current ? visible : bandToDraw(visible, heightPx);
      const bandHeightPx = band.bottomPx - band.topPx;
      const ratio = canvasPixelRatio(window.devicePixelRatio, where.scale, widthPx, Math.max(1, bandHeightPx));
      const current = placement.current;
      // The canvas stays where it is while it still covers the screen and fits the chart (or, with
      // nothing to draw, while it is empty).
      const keep =
        current !== undefined &&
        current.ratio === ratio &&
        current.widthPx === widthPx &&
        (bandHeightPx === 0 ? current.band.bottomPx === current.band.topPx : current.band.bottomPx > current.band.topPx && bandCovers(current.band, visible) && current.band.bottomPx <= heightPx);
      if (!keep) {
        frame.setAttribute("y", String(band.topPx));
        frame.setAttribute("height", String(bandHeightPx));
        canvas.style.width = `${widthPx}px`;
        canvas.style.height = `${bandHeightPx}px`;
        canvas.width = Math.ceil(widthPx * ratio);
        canvas.height = Math.ceil(bandHeightPx * ratio);
        placement.current = { band, ratio, widthPx };
      }
      if (when === "now") paint();
      else paintInFrame.request();
    };
    /** Read where the chart is on screen (a layout read: on scrolling, resizing and printing only), then place. */
    const measure = () => {
      const svg = layerRef.current?.ownerSVGElement;
      if (!svg) return;
      const box = svg.getBoundingClientRect();
      const { widthPx, heightPx } = latest.current;
      onScreen.current = { topPx: box.top, scale: box.width > 0 ? box.width / widthPx : 1, viewportHeightPx: window.innerHeight || heightPx };
      // Measured in a frame (scrolling) or for print: paint at once, so the moved canvas is never blank.
      place("now");
    };
    painter.current = { paint, place, measure, cancel: paintInFrame.cancel };
  }

  // At first the chart is taken to start on screen (as it does on a page just opened) and measured
  // after the first frame: measuring now would force the whole page's first layout in the middle
  // of rendering it (50 ms at 1,000 events).
  useLayoutEffect(() => {
    onScreen.current = { topPx: 0, scale: 1, viewportHeightPx: window.innerHeight || latest.current.heightPx };
    painter.current!.place("frame");
    const frame = requestAnimationFrame(() => painter.current!.measure());
    return () => {
      cancelAnimationFrame(frame);
      painter.current!.cancel();
    };
  }, []);

  // The canvas is painted in the next frame's animation callbacks, after every change to the page
  // and before the browser draws it: the marks' elements and the canvas are never a frame apart,
  // two renders in one frame paint once, and the styles the canvas reads are the ones that frame
  // computes anyway (painting in the commit forced that work early).
  useLayoutEffect(() => {
    latest.current = { groups, widthPx, heightPx, query };
    painter.current!.place("frame");
  }, [groups, widthPx, heightPx, query]);

  // Scrolling (the page, or any box the chart is in) and resizing move the canvas once it no longer
  // covers the screen; printing draws every row. A change of theme or media restyles the marks.
  useEffect(() => {
    const { measure, paint } = painter.current!;
    const { request: remeasure, cancel } = onceAFrame(measure);
    const restyle = () => {
      looks.current.clear();
      hatches.current.clear();
      paint();
    };
    const print = (on: boolean) => () => {
      printing.current = on;
      looks.current.clear();
      measure();
    };
    const beforePrint = print(true);
    const afterPrint = print(false);
    document.addEventListener("scroll", remeasure, { capture: true, passive: true });
    window.addEventListener("resize", remeasure);
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    // Content above the chart that grows or shrinks moves it without a scroll.
    const resized = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(remeasure);
    resized?.observe(document.body);
    // Themes are attributes and classes on the root (data-theme, an accent in its style).
    const themed = typeof MutationObserver === "undefined" ? undefined : new MutationObserver(restyle);
    themed?.observe(document.documentElement, { attributes: true });
    const media = typeof matchMedia === "undefined" ? [] : STYLE_MEDIA.map((query) => matchMedia(query));
    for (const m of media) m.addEventListener?.("change", restyle);
    return () => {
      cancel();
      document.removeEventListener("scroll", remeasure, { capture: true });
      window.removeEventListener("resize", remeasure);
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
      resized?.disconnect();
      themed?.disconnect();
      for (const m of media) m.removeEventListener?.("change", restyle);
    };
  }, []);

  return (
    <g ref={layerRef} className="batched-marks" aria-hidden="true">
      {/* Probes: never drawn (no layout, no paint), their styles computed only when asked for. */}
      <g className="batched-probes" style={{ display: "none" }}>
        {groups.map((g) => (
          // A probe: no geometry, only the classes that style this look (and its deadline line and arrow).
          <g key={g.key} className={`batched-group status--${g.status} cat-${g.colourIndex}${g.isMuted ? " is-muted" : ""}`}>
            <path
              className={`mark-shape${g.shape === "fuzzy" ? " mark-soft" : g.shape === "deadline" ? " mark-window" : ""}`}
              style={g.shape === "fuzzy" ? { fill: `url(#soft-${g.colourIndex})` } : g.shape === "deadline" ? { fill: `url(#hatch-${g.colourIndex})` } : undefined}
            />
            {g.hasDeadlines && <path className="mark-deadline" />}
            {g.hasArrows && <path className="mark-arrow" />}
            <text className={`mark-label${g.status !== "happened" && g.status !== "ongoing" ? " is-pending" : ""}`}>
              <tspan className="hit" />
            </text>
          </g>
        ))}
      </g>
      <foreignObject ref={frameRef} className="batched-canvas" x={0} width={widthPx}>
        <canvas ref={canvasRef} />
      </foreignObject>
    </g>
  );
});
