/**
 * Colours from the palette as an element shows them, "#rrggbb". The palette's variables hold a
 * light and a dark value (light-dark()), which only an element's color-scheme decides, so a
 * variable's own text is not a colour: a probe inside the element computes it.
 */
export function resolveColours<K extends string>(element: Element, wanted: Record<K, { variable: string; fallback: string }>): Record<K, string> {
  const probe = element.ownerDocument.createElementNS(element.namespaceURI, element.namespaceURI === SVG_NS ? "g" : "span") as HTMLElement | SVGElement;
  probe.style.display = "none";
  element.append(probe);
  const out = {} as Record<K, string>;
  try {
    for (const key of Object.keys(wanted) as K[]) {
      const { variable, fallback } = wanted[key];
      probe.style.color = "";
      probe.style.color = `var(${variable}, ${fallback})`;
      out[key] = hexOf(getComputedStyle(probe).color) ?? fallback;
    }
  } finally {
    probe.remove();
  }
  return out;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** "rgb(0, 114, 178)" → "#0072b2"; an opaque rgb()/rgba() only, else undefined. */
export function hexOf(computed: string): string | undefined {
  const match = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?\s*\)$/.exec(computed.trim());
  if (!match || (match[4] !== undefined && Number(match[4]) < 1)) return undefined;
  return `#${[match[1], match[2], match[3]].map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;
}
