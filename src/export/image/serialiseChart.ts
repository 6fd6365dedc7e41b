/**
 * A chart <svg> on the page as a standalone file: every element's look inlined from its computed
 * style (the page's classes and CSS variables mean nothing in a file), ids prefixed so copies never
 * clash, and what only the page needs (tab stops, roles, data attributes) dropped.
 */
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

/** A standalone copy of a chart <svg> (see above); the invisible zoom surface, if any, is dropped. */
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
  originals.forEach((original, i) => {
    const copy = copies[i];
    // Nothing a file can show: the invisible zoom surface, and a canvas (a picture of the screen).
    if (original.classList.contains("zoom-surface") || original.localName === "foreignObject") {
      removals.push(copy);
      return;
    }
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

  // No xmlns attribute: XMLSerializer declares the SVG namespace itself (setting it too would duplicate it).
  clone.setAttribute("width", String(widthPx));
  clone.setAttribute("height", String(heightPx));
  clone.setAttribute("viewBox", `0 0 ${widthPx} ${heightPx}`);
  clone.setAttribute("overflow", "hidden");
  const markup = new XMLSerializer().serializeToString(clone);
  return { markup, widthPx, heightPx };
}

