import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";
import { loadedCode } from "./support/loadedCode";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path = "/", width = 1280, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${appUrl}${path}`);
  await waitForState(page, "ready");
  return page;
}

/** The axis as a reader sees it: the tick labels, left to right. */
const axisLabels = (page: Page) => page.$$eval(".axis .tick-label", (els) => els.map((e) => e.textContent));
/** The days at the chart's left and right edges, from the URL the view writes. */
const urlRange = (page: Page) => {
  const url = new URL(page.url());
  return [url.searchParams.get("from"), url.searchParams.get("to")];
};

describe("the default view", () => {
  it("loads under 135 KB of JS and CSS (gzip), all from its own site", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loaded = await loadedCode(page, `${appUrl}/`, appUrl);
    expect(loaded.offSite).toEqual([]);
    console.log(`the default view loads (gzip): ${loaded.words}`);
    // Lighter than vis-timeline's 154 KB, React and D3 included. The bundled dataset comes checked
    // and parsed at build time, as data, so the validator (zod), the EDTF parser and the importers
    // stay behind until a file is opened; of the date locales only the one in use loads; the
    // vertical layout is for narrow screens.
    expect(loaded.urls.join(" ")).not.toMatch(/loadDataset|data-import|validateDataset|parseFuzzyDate|ArticleDialog|ImportDialog|\/import-|\/(fr|de|es|ko)-|vertical-chart/);
    expect(loaded.dataGzipBytes).toBeGreaterThan(0);
    expect(loaded.gzipBytes).toBeLessThan(135 * 1024);
    await page.close();
  });
});

describe("zoom and pan", () => {
  it("the wheel zooms in under the pointer: the axis moves from months to days", async () => {
    const page = await open();
    const errors = watchErrors(page);
    const before = await axisLabels(page);
    const box = (await page.locator("svg.chart").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.88, box.y + 120);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -240);
      // Chromium coalesces wheel events that arrive faster than frames; space them like a hand does.
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(200);
    const after = await axisLabels(page);
    expect(after).not.toEqual(before);
    // Zoomed in around January 2019: day ticks such as "14 Jan" appear.
    expect(after.some((l) => /^\d{1,2} \w{3}/.test(l ?? ""))).toBe(true);
    // The URL follows once the gesture rests (useUrlSync).
    await expect.poll(() => urlRange(page).every((d) => d !== null)).toBe(true);
    const [from, to] = urlRange(page);
    expect(from! >= "2018-09-01" && to! <= "2019-04-30").toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("dragging pans: the visible range moves earlier", async () => {
    const page = await open("/?from=2018-09-01&to=2019-01-31");
    const box = (await page.locator("svg.chart").boundingBox())!;
    // An empty stretch of the chart, inside the window.
    const y = box.y + 60;
    await page.mouse.move(box.x + 200, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 500, y, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => urlRange(page)[0]! < "2018-09-01").toBe(true);
    const [from, to] = urlRange(page);
    expect(from! < "2018-09-01").toBe(true);
    expect(to! < "2019-01-31").toBe(true);
    await page.close();
  });

  it("a double-click zooms in twofold around the pointer, at once", async () => {
    const page = await open("/?from=2018-09-01&to=2019-01-31");
    const errors = watchErrors(page);
    const box = (await page.locator("svg.chart").boundingBox())!;
    // An empty stretch of the chart, a quarter of the way across: about the end of October.
    await page.mouse.dblclick(box.x + box.width / 4, box.y + 60);
    await expect.poll(() => urlRange(page)[0] !== "2018-09-01").toBe(true);
    const [from, to] = urlRange(page).map((d) => Date.parse(d!) / 86_400_000);
    // 153 days shown before; the day under the pointer stays a quarter of the way across.
    expect(to - from).toBeGreaterThan(70);
    expect(to - from).toBeLessThan(80);
    expect(from).toBeGreaterThan(Date.parse("2018-09-01") / 86_400_000);
    expect(from + (to - from) / 4).toBeCloseTo(Date.parse("2018-09-01") / 86_400_000 + 153 / 4, -1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the toolbar and the chart keep their size while the range shown changes", async () => {
    // "Showing 1 May 2018 – 9 May 2018" is narrower than "Showing 28 Sep 2018 – 28 Dec 2018": if the
    // words took only their own room, a toolbar near its width would wrap to a second line for one
    // range and not the next, and the chart under it would jump by a line at every pan step.
    const sizes = [];
    for (const range of ["from=2018-05-01&to=2018-05-09", "from=2018-09-28&to=2018-12-28", "from=2017-05-21&to=2019-02-11", "from=2018-07-04&to=2018-08-01"]) {
      const page = await open(`/?${range}`);
      sizes.push(
        await page.evaluate(() => ({
          words: document.querySelector(".range-words")!.getBoundingClientRect().width,
          toolbar: document.querySelector(".toolbar")!.getBoundingClientRect().height,
          chart: document.querySelector(".chart-frame")!.getBoundingClientRect().height,
        })),
      );
      await page.close();
    }
    expect(new Set(sizes.map((s) => s.words.toFixed(1))).size).toBe(1);
    expect(new Set(sizes.map((s) => s.toolbar)).size).toBe(1);
    expect(new Set(sizes.map((s) => s.chart)).size).toBe(1);
  });
});

describe("honest uncertainty, as drawn", () => {
  it("a month-precise date is a soft gradient band and a deadline's window is hatched, not flat fills", async () => {
    const page = await open();
    const fills = await page.evaluate(() =>
      [".mark-soft", ".mark-window"].map((selector) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).fill : "missing";
      }),
    );
    expect(fills[0]).toMatch(/^url\(".*#soft-\d"\)$/);
    expect(fills[1]).toMatch(/^url\(".*#hatch-\d"\)$/);
    await page.close();
  });
});

describe("keyboard only", () => {
  it("Tab to the chart, arrows to the weapons test, Enter, and its quote is shown", async () => {
    const page = await open();
    // Tab until focus reaches an event mark.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "option")) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("option");
    await page.keyboard.press("Home");
    for (let i = 0; i < 40; i++) {
      const id = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"));
      if (id === "tactical-weapon-test") break;
      await page.keyboard.press("ArrowRight");
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe("tactical-weapon-test");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute('[data-event-id="tactical-weapon-test"]', "aria-selected")).toBe("true");
    expect(await page.textContent(".details blockquote")).toContain("test out a new “high-tech” tactical weapon last November");
    await page.close();
  });

  it("the event chosen with Enter stays in view when its details narrow the chart", async () => {
    const page = await open("/", 1280, 800);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "option")) break;
    }
    // From the Singapore summit, two steps on in time: a mark in the weapons tests' lane, at the
    // chart's lower edge while the chart is as wide as the page.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe("no-missile-tests");
    await page.keyboard.press("Enter");
    await page.locator(".details").waitFor();
    await page.waitForTimeout(300);
    const inView = () =>
      page.evaluate(() => {
        const mark = document.activeElement!.getBoundingClientRect();
        const frame = document.querySelector(".chart-frame")!.getBoundingClientRect();
        return document.activeElement?.getAttribute("data-event-id") === "no-missile-tests" && mark.top >= frame.top && mark.bottom <= frame.bottom;
      });
    expect(await inView()).toBe(true);
    await page.close();
  });
});

describe("the view in the URL", () => {
  it("a link with a selected event, a range and a filter opens exactly that view, also after reload", async () => {
    const page = await open("/?event=moon-pyongyang-visit&from=2018-03-01&to=2018-12-31&categories=inter-korean");
    const check = async () => {
      const ids = await page.$$eval("[data-event-id]", (els) => els.map((e) => e.getAttribute("data-event-id")));
      expect(ids.length).toBeGreaterThan(0);
      const categories = await page.$$eval("[data-event-id]", (els) => els.map((e) => e.getAttribute("class")));
      expect(categories.every((c) => c?.includes("mark"))).toBe(true);
      expect(ids).toContain("moon-pyongyang-visit");
      expect(ids).not.toContain("singapore-summit");
      expect(await page.getAttribute('[data-event-id="moon-pyongyang-visit"]', "aria-selected")).toBe("true");
      expect(await page.textContent(".range-words")).toBe("Showing 1 Mar 2018 – 31 Dec 2018");
      expect(await page.textContent(".details h2")).toContain("Moon");
    };
    await check();
    await page.reload();
    await waitForState(page, "ready");
    await check();
    await page.close();
  });

  it("back and forward restore the selection", async () => {
    const page = await open();
    await page.click('[data-event-id="singapore-summit"]');
    await page.click('[data-event-id="panmunjom-summit"]');
    await page.goBack();
    expect(await page.getAttribute('[data-event-id="singapore-summit"]', "aria-selected")).toBe("true");
    await page.goForward();
    expect(await page.getAttribute('[data-event-id="panmunjom-summit"]', "aria-selected")).toBe("true");
    await page.close();
  });
});

describe("accessibility", () => {
  it("axe finds nothing serious with a filter, a search, the details panel and the list", async () => {
    const page = await open("/?event=singapore-summit&compare=second-summit&q=summit");
    expect(await page.locator(".event-list table").isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("at 360 px wide there is no horizontal scrollbar", async () => {
    const page = await open("/", 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it.each([
    [1280, 800],
    [1366, 768],
  ])("at %i × %i the chart, the overview and the start of the legend are on the first screen", async (width, height) => {
    const page = await open("/", width, height);
    const bottom = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().bottom);
    const top = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
    expect(await bottom(".chart-frame")).toBeLessThanOrEqual(height);
    expect(await bottom(".overview")).toBeLessThanOrEqual(height);
    expect(await top(".legend")).toBeLessThan(height - 16);
    // Lanes taller than that scroll inside the chart, under an axis that stays put.
    const frame = page.locator(".chart-frame");
    if (await frame.evaluate((e) => e.scrollHeight > e.clientHeight)) {
      await frame.evaluate((e) => (e.scrollTop = 200));
      const axis = await page.locator(".chart-axis").evaluate((e) => e.getBoundingClientRect().top);
      expect(Math.abs(axis - (await top(".chart-frame")))).toBeLessThanOrEqual(1);
    }
    await page.close();
  });

  it("at 1280 px, at most 3 of the bundled timeline's labels are shortened or hidden", async () => {
    const page = await open("/", 1280, 800);
    const labels = await page.$$eval("svg.chart .mark-label", (els) => els.map((e) => e.textContent ?? ""));
    const hidden = await page.locator("svg.chart .mark.has-hidden-label").count();
    const shortened = labels.filter((text) => text.includes("…"));
    console.info(`labels at 1280 px: ${labels.length} drawn, ${shortened.length} shortened (${shortened.join(" | ")}), ${hidden} hidden`);
    expect(shortened.length + hidden).toBeLessThanOrEqual(3);
    await page.close();
  });
});
