// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { composeExportSvg, escapeXml, fitInto, wrapText } from "../../../src/export/image/composeImage";
import { prefixUrlRefs, serializeChart } from "../../../src/export/image/serialiseChart";
import { legendCategories } from "../../../src/export/image/exportChart";
import { hexOf } from "../../../src/export/image/resolveColour";
import { creditText } from "../../../src/domain/creditText";
import { MAX_EXPORT_PX, parseExportSize } from "../../../src/export/image/exportSizes";
import { makeTimeline } from "../../fixtures/makeTimeline";

const chart = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="300" viewBox="0 0 800 300"><circle cx="10" cy="10" r="5"/></svg>', widthPx: 800, heightPx: 300 };
const compose = (extra: Partial<Parameters<typeof composeExportSvg>[0]> = {}) =>
  composeExportSvg({ chart, title: "US & North Korea <2019>", credit: "Source: BBC News, “Trump to meet Kim”, 18 January 2019.", categories: [{ label: "Summit", fill: "#0072b2", stroke: "#005282" }], ...extra });
const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");

describe("export sizes", () => {
  it("accepts whole pixel sizes within the limits and explains the rest", () => {
    expect(parseExportSize("1920", " 1080 ")).toEqual({ size: { widthPx: 1920, heightPx: 1080 } });
    expect(parseExportSize(1200.5, 675)).toHaveProperty("error");
    expect(parseExportSize("abc", 675)).toHaveProperty("error");
    expect(parseExportSize(100, 675)).toEqual({ error: "Width and height must be at least 200 pixels." });
    expect(parseExportSize(MAX_EXPORT_PX + 1, 675)).toHaveProperty("error");
  });

  it("fits content into a box, centred, keeping proportions", () => {
    expect(fitInto({ widthPx: 1000, heightPx: 500 }, { widthPx: 2000, heightPx: 2000 })).toEqual({ scale: 2, xPx: 0, yPx: 500 });
    expect(fitInto({ widthPx: 1000, heightPx: 500 }, { widthPx: 500, heightPx: 100 })).toEqual({ scale: 0.2, xPx: 150, yPx: 0 });
  });

  it("reads the colours the page computes as hex, and refuses what is not one opaque colour", () => {
    expect(hexOf("rgb(0, 114, 178)")).toBe("#0072b2");
    expect(hexOf("rgba(255, 255, 255, 1)")).toBe("#ffffff");
    expect(hexOf("rgba(0, 0, 0, 0.5)")).toBeUndefined();
    expect(hexOf("light-dark(#fff, #000)")).toBeUndefined();
  });
});

describe("composing the picture", () => {
  it("is exactly the requested size, whatever the content's", () => {
    const { svg, widthPx, heightPx } = compose({ size: { widthPx: 1920, heightPx: 1080 } });
    expect([widthPx, heightPx]).toEqual([1920, 1080]);
    const root = parse(svg).documentElement;
    expect(root.getAttribute("width")).toBe("1920");
    expect(root.getAttribute("height")).toBe("1080");
    expect(root.getAttribute("viewBox")).toBe("0 0 1920 1080");
  });

  it("is well-formed XML with the title, legend and credit escaped as text", () => {
    const { svg } = compose();
    const doc = parse(svg);
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const text = doc.documentElement.textContent ?? "";
    expect(text).toContain("US & North Korea <2019>");
    expect(text).toContain("Source: BBC News");
    for (const words of ["Colour: category:", "Summit", "Exact day", "By a deadline", "Planned (dashed outline)", "Publication date"]) expect(text).toContain(words);
    expect(svg).not.toContain("<2019>");
  });

  it("keeps the chart at its own size inside, placed below the title", () => {
    const { svg, widthPx } = compose();
    expect(widthPx).toBe(800 + 48);
    const inner = parse(svg).documentElement.querySelector("svg")!;
    expect(inner.getAttribute("width")).toBe("800");
    expect(Number(inner.getAttribute("y"))).toBeGreaterThan(24);
  });

  it("can leave the title out (the handout has it as a heading)", () => {
    const withTitle = compose();
    const without = compose({ drawTitle: false });
    expect(without.heightPx).toBeLessThan(withTitle.heightPx);
    expect(parse(without.svg).querySelector("title")?.textContent).toBe("US & North Korea <2019>");
  });

  it("wraps long lines at spaces", () => {
    const measure = (t: string) => t.length * 10;
    expect(wrapText("one two three four", 105, measure)).toEqual(["one two", "three four"]);
    expect(wrapText("unbreakable", 20, measure)).toEqual(["unbreakable"]);
    expect(wrapText("", 20, measure)).toEqual([]);
  });

  it("escapes the five XML characters", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
  });
});

describe("the credit and legend", () => {
  const timeline = makeTimeline([{ id: "a", category: "summit" }, { id: "b", category: "visit" }, { id: "c", category: "summit" }]);
  it("credits the main source with its date and address", () => {
    expect(creditText(timeline)).toBe("Source: BBC News, “Trump to meet Kim”, 18 January 2019. https://www.bbc.com/news/x");
  });
  it("lists only the categories drawn, in the dataset's order", () => {
    const colour = (id: string | undefined) => (id === "visit" ? 1 : 0);
    expect(legendCategories(timeline.events.slice(0, 1), timeline.categories, colour)).toEqual([{ label: "Summit", colourIndex: 0 }]);
    expect(legendCategories(timeline.events, timeline.categories, colour).map((c) => c.label)).toEqual(["Summit", "Visit"]);
  });
});

describe("serializing the chart on the page", () => {
  const build = () => {
    document.body.innerHTML = `
      <svg class="chart" width="640" height="200" role="group" aria-label="Timeline chart">
        <defs><linearGradient id="soft-0"><stop offset="0" stop-color="var(--cat-0)"/></linearGradient></defs>
        <rect class="zoom-surface" width="640" height="200"/>
        <g role="listbox"><g class="mark" role="option" tabindex="0" aria-selected="true" data-event-id="a">
          <title>Event a, 12 June 2018, happened</title>
          <rect class="mark-shape" fill="url(#soft-0)" width="10" height="10"/>
          <text class="mark-label">Event &amp; a</text>
        </g></g>
      </svg>`;
    return document.querySelector("svg")!;
  };
  const styleOf = (el: Element) =>
    ({
      getPropertyValue: (p: string) =>
        ({
          fill: el.classList.contains("mark-shape") ? 'url("http://127.0.0.1/?mode=present#soft-0")' : el.tagName === "text" ? "rgb(0, 0, 0)" : "",
          "font-size": el.tagName === "text" ? "13px" : "",
          "stop-color": el.tagName === "stop" ? "rgb(0, 114, 178)" : "",
          opacity: "1",
        })[p] ?? "",
    }) as unknown as CSSStyleDeclaration;

  it("inlines the computed look, so the file needs none of the page's CSS", () => {
    const { markup } = serializeChart(build(), { computedStyle: styleOf, idPrefix: "x-" });
    const doc = parse(markup);
    expect(doc.querySelector("text")!.getAttribute("style")).toBe("fill:rgb(0, 0, 0);font-size:13px");
    expect(doc.querySelector("stop")!.getAttribute("style")).toContain("stop-color:rgb(0, 114, 178)");
    expect(markup).not.toContain("opacity:1");
    expect(markup).not.toContain('class="');
  });

  it("prefixes ids and the references to them, so copies never clash with the page", () => {
    const { markup } = serializeChart(build(), { computedStyle: styleOf, idPrefix: "x-" });
    const doc = parse(markup);
    expect(doc.querySelector("linearGradient")!.id).toBe("x-soft-0");
    const shape = doc.querySelector("rect")!;
    expect(shape.getAttribute("fill")).toBe("url(#x-soft-0)");
    expect(shape.getAttribute("style")).toBe("fill:url(#x-soft-0)");
    expect(prefixUrlRefs("url('#a') url(#b)", "p-")).toBe("url(#p-a) url(#p-b)");
  });

  it("drops what only the page needs: the zoom surface, tab stops, roles and data attributes", () => {
    const { markup, widthPx, heightPx } = serializeChart(build(), { computedStyle: styleOf });
    expect([widthPx, heightPx]).toEqual([640, 200]);
    for (const gone of ["zoom-surface", "tabindex", "role=", "aria-selected", "data-event-id"]) expect(markup).not.toContain(gone);
    const doc = parse(markup);
    expect(doc.documentElement.getAttribute("viewBox")).toBe("0 0 640 200");
    expect(doc.querySelector("title")!.textContent).toBe("Event a, 12 June 2018, happened");
    expect(doc.querySelector("text")!.textContent).toBe("Event & a");
  });
});
