import { memo, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { densePathOf, groupDenseMarks, type DenseMark } from "./densePaths";
import { registerDenseVector } from "./denseVector";
import { bandCovers, bandToDraw, canvasPixelRatio, drawDenseGroups, visibleBand, type Band, type DenseLook } from "./drawDenseMarks";
import { denseLookFrom, hatchPattern } from "./readDenseLook";

interface Props {
  marks: readonly DenseMark[];
  colourIndexOf: (categoryId: string | undefined) => number;
  mutedIds?: ReadonlySet<string>;
  widthPx: number;
  heightPx: number;
}

/** Where the canvas is and how finely it is drawn: changed by scrolling and resizing, not by zooming. */
interface Placement {
  band: Band;
  /** Device pixels per chart pixel. */
  ratio: number;
}

/** Media features whose change can restyle the marks (the theme follows the first). */
const STYLE_MEDIA = ["(prefers-color-scheme: dark)", "(forced-colors: active)", "(prefers-contrast: more)"];

/**
 * The label-less marks of a crowded view, painted on one canvas rather than an element each
 * (issue 8): at 10,000 events some 2,400 marks are in view, and as SVG paths the browser spent
 * most of each zoom step parsing, laying out and painting them. A picture only: the pointer finds
 * these marks by position (TimelineChart), the keyboard reaches every event through the marks and
 * the list, and each gets an element of its own as soon as it is hovered, focused or selected.
 *
 * How they look still comes from the stylesheet: each group of alike marks has an empty probe
 * with the classes EventMark uses, and the canvas paints what their computed styles say (themes,
 * forced colours, a presentation's faint steps). The canvas sits in a foreignObject where the
 * paths were, so axis, lanes and the "as of" line stay beneath and the marks' elements above it.
 * It covers only the rows on screen and a margin: a zoom step repaints it without reading the
 * page's layout; scrolling and resizing move it. Exported images get the marks as vector paths.
 */
export const DenseMarks = memo(function DenseMarks({ marks, colourIndexOf, mutedIds, widthPx, heightPx }: Props) {
  const groups = useMemo(() => groupDenseMarks(marks, colourIndexOf, mutedIds), [marks, colourIndexOf, mutedIds]);
  const layerRef = useRef<SVGGElement>(null);
  const frameRef = useRef<SVGForeignObjectElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ groups, widthPx, heightPx });
  const placement = useRef<Placement | undefined>(undefined);
  const printing = useRef(false);
  // Looks by group key and hatches by colour: read from the stylesheet once, until the styles may change.
  const looks = useRef(new Map<string, DenseLook>());
  const hatches = useRef(new Map<string, CanvasPattern | null>());

  // The painter and the placer live in one ref, made once: effects below share them.
  const painter = useRef<{ paint: () => void; place: (force?: boolean) => void } | undefined>(undefined);
  if (!painter.current) {
    const paint = () => {
      const canvas = canvasRef.current;
      const layer = layerRef.current;
      const where = placement.current;
      const ctx = canvas?.getContext("2d");
      if (!canvas || !layer || !where || !ctx) return;
      const { band, ratio } = where;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(ratio, 0, 0, ratio, 0, -band.topPx * ratio);
      const probes = layer.children;
      drawDenseGroups(
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
            look = denseLookFrom(getComputedStyle(probe), getComputedStyle(probe.firstElementChild!), part("mark-deadline"), part("mark-arrow"));
            looks.current.set(group.key, look);
          }
          return look;
        },
        band,
        (colour) => {
          const key = `${colour}@${ratio}`;
          if (!hatches.current.has(key)) hatches.current.set(key, hatchPattern(ctx, colour, ratio));
          return hatches.current.get(key) ?? null;
        },
      );
    };
    /** Measure where the chart is on screen; move and resize the canvas when it no longer covers it (or `force`), then paint. */
    const place = (force = false) => {
      const svg = layerRef.current?.ownerSVGElement;
      const frame = frameRef.current;
      const canvas = canvasRef.current;
      if (!svg || !frame || !canvas) return;
      const { widthPx, heightPx } = latest.current;
      const box = svg.getBoundingClientRect();
      const scale = box.width > 0 ? box.width / widthPx : 1;
      const viewportHeightPx = window.innerHeight || heightPx;
      const visible = printing.current ? { topPx: 0, bottomPx: heightPx } : visibleBand(box.top, scale, heightPx, viewportHeightPx);
      const band = printing.current ? visible : bandToDraw(visible, heightPx);
      const bandHeightPx = Math.max(1, band.bottomPx - band.topPx);
      const ratio = canvasPixelRatio(window.devicePixelRatio, scale, widthPx, bandHeightPx);
      const current = placement.current;
      if (!force && current && current.ratio === ratio && bandCovers(current.band, visible)) return;
      frame.setAttribute("y", String(band.topPx));
      frame.setAttribute("height", String(bandHeightPx));
      canvas.style.width = `${widthPx}px`;
      canvas.style.height = `${bandHeightPx}px`;
      canvas.width = Math.ceil(widthPx * ratio);
      canvas.height = Math.ceil(bandHeightPx * ratio);
      placement.current = { band, ratio };
      paint();
    };
    painter.current = { paint, place };
  }

  // A zoom step repaints in place, before the browser paints (marks and canvas never a frame apart).
  // A new size (width, or rows added or removed) places the canvas again.
  useLayoutEffect(() => {
    const sized = latest.current.widthPx === widthPx && latest.current.heightPx === heightPx;
    latest.current = { groups, widthPx, heightPx };
    if (sized && placement.current) painter.current!.paint();
    else painter.current!.place(true);
  }, [groups, widthPx, heightPx]);

  useEffect(() => {
    const layer = layerRef.current;
    if (layer) registerDenseVector(layer, () => latest.current.groups.map(densePathOf));
  }, []);

  // Scrolling (the page, or any box the chart is in) and resizing move the canvas once it no longer
  // covers the screen; printing draws every row. A change of theme or media restyles the marks.
  useEffect(() => {
    const { place, paint } = painter.current!;
    let pending = 0;
    const onScroll = () => {
      if (!pending)
        pending = requestAnimationFrame(() => {
          pending = 0;
          place();
        });
    };
    const restyle = () => {
      looks.current.clear();
      hatches.current.clear();
      paint();
    };
    const beforePrint = () => {
      printing.current = true;
      looks.current.clear();
      place(true);
    };
    const afterPrint = () => {
      printing.current = false;
      looks.current.clear();
      place(true);
    };
    document.addEventListener("scroll", onScroll, { capture: true, passive: true });
    window.addEventListener("resize", onScroll);
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    // Content above the chart that grows or shrinks moves it without a scroll.
    const resized = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(onScroll);
    resized?.observe(document.body);
    // Themes are attributes and classes on the root (data-theme, an accent in its style).
    const themed = typeof MutationObserver === "undefined" ? undefined : new MutationObserver(restyle);
    themed?.observe(document.documentElement, { attributes: true });
    const media = typeof matchMedia === "undefined" ? [] : STYLE_MEDIA.map((query) => matchMedia(query));
    for (const m of media) m.addEventListener?.("change", restyle);
    return () => {
      cancelAnimationFrame(pending);
      document.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("resize", onScroll);
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
      resized?.disconnect();
      themed?.disconnect();
      for (const m of media) m.removeEventListener?.("change", restyle);
    };
  }, []);

  return (
    <g ref={layerRef} className="dense-marks" aria-hidden="true">
      {groups.map((g) => (
        // A probe: no geometry, only the classes that style this look (and its deadline line and arrow).
        <g key={g.key} className={`dense-group status--${g.status} cat-${g.colourIndex}${g.isMuted ? " is-muted" : ""}`}>
          <path className={`mark-shape${g.shape === "fuzzy" ? " mark-soft-dense" : g.shape === "deadline" ? " mark-window" : ""}`} style={g.shape === "deadline" ? { fill: `url(#hatch-${g.colourIndex})` } : undefined} />
          {g.hasDeadlines && <path className="mark-deadline" />}
          {g.hasArrows && <path className="mark-arrow" />}
        </g>
      ))}
      <foreignObject ref={frameRef} className="dense-canvas" x={0} width={widthPx}>
        <canvas ref={canvasRef} />
      </foreignObject>
    </g>
  );
});
