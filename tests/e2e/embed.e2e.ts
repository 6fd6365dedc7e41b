import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";
import { startStaticServer } from "./support/staticServer";
import { loadedCode } from "./support/loadedCode";

/**
 * Embedding, in Chromium, with real host pages on another origin (a second server):
 * tests/e2e/fixtures/host*.html embed the built app (dist/, at appUrl) in iframes.
 */
const appUrl = inject("appUrl");
const app = `${appUrl}/`;
let browser: Browser;
let host: { url: string; close: () => Promise<void> };
let strict: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  browser = await launchBrowser();
  host = await startStaticServer({ "/": "tests/e2e/fixtures", "/pym/": "node_modules/pym.js/dist" });
  // The built app behind a strict Content-Security-Policy, as a careful host would serve it.
  strict = await startStaticServer({ "/": "dist" }, { "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors *" });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await strict?.close();
});

const hostPage = (file: string, { q, widths }: { q?: string; widths?: string } = {}) => {
  const params = new URLSearchParams({ app });
  if (q) params.set("q", q);
  if (widths) params.set("widths", widths);
  return `${host.url}/${file}?${params}`;
};

async function readyFrame(page: Page, iframe: string): Promise<Frame> {
  const handle = await page.waitForSelector(iframe, { state: "attached" });
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-state="ready"]', { state: "attached", timeout: 15_000 });
  return frame;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const overflow = (frame: Frame) =>
  frame.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, chartPx: document.querySelector("svg.chart, .vchart")?.getBoundingClientRect().width ?? 0 }));

/** The iframe's height follows its content (within a pixel), and it is not the 150 px it started at. */
async function expectSizedToContent(page: Page, iframe: string, frame: Frame) {
  await expect
    .poll(
      async () => {
        const outer = await page.$eval(iframe, (f) => f.getBoundingClientRect().height);
        const inner = await contentHeight(frame);
        return outer > 300 && Math.abs(outer - inner) <= 1 ? "sized" : `iframe ${outer}px, content ${inner}px`;
      },
      { timeout: 15_000, interval: 200 },
    )
    .toBe("sized");
}

async function expectNoHorizontalOverflow(frame: Frame, widthPx: number) {
  const o = await overflow(frame);
  expect(o.scrollWidth, `scrollWidth inside a ${widthPx}px frame`).toBeLessThanOrEqual(o.clientWidth);
  expect(o.clientWidth).toBeLessThanOrEqual(widthPx);
  expect(o.chartPx).toBeGreaterThan(widthPx * 0.8);
  expect(o.chartPx).toBeLessThanOrEqual(o.clientWidth);
}

describe("a host page with our embed.js", () => {
  it("sizes iframes of 360, 640 and 1,000 px to their content, with no horizontal overflow inside", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(hostPage("host.html"));
    for (const width of [360, 640, 1000]) {
      const selector = `#frame-${width}`;
      const frame = await readyFrame(page, selector);
      await expectSizedToContent(page, selector, frame);
      await expectNoHorizontalOverflow(frame, width);
      // With the filters and table open too (their own boxes scroll, never the page).
      await frame.click("summary >> text=Filter and search");
      await frame.click("summary >> text=/events as a table/");
      await expectNoHorizontalOverflow(frame, width);
      await expectSizedToContent(page, selector, frame);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a deep link selects an event inside the iframe, and clicks inside never add to the host's history", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(hostPage("host.html", { q: "mode=embed&event=kim-yong-chol-white-house", widths: "640" }));
    const frame = await readyFrame(page, "#frame-640");
    expect(await frame.getAttribute('[data-event-id="kim-yong-chol-white-house"]', "aria-selected")).toBe("true");
    expect(await frame.textContent(".details h2")).toContain("Kim Yong-chol");
    await expectSizedToContent(page, "#frame-640", frame);
    const historyBefore = await page.evaluate(() => history.length);
    await frame.click('[data-event-id="singapore-summit"]');
    expect(await frame.getAttribute('[data-event-id="singapore-summit"]', "aria-selected")).toBe("true");
    expect(new URL(frame.url()).searchParams.get("event")).toBe("singapore-summit");
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.close();
  });

  it("the wheel over the iframe scrolls the host page and says how to zoom; Ctrl + wheel zooms", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    await page.goto(hostPage("host.html", { widths: "640" }));
    const frame = await readyFrame(page, "#frame-640");
    await expectSizedToContent(page, "#frame-640", frame);
    await page.$eval("#frame-640", (f) => f.scrollIntoView({ block: "start" }));
    const chart = (await (await frame.$("svg.chart"))!.boundingBox())!;
    const x = chart.x + chart.width / 2;
    const y = chart.y + Math.min(chart.height / 2, 200);
    const range = () => frame.textContent(".range-words");
    const rangeBefore = await range();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(scrollBefore);
    expect(await range()).toBe(rangeBefore);
    expect(await frame.getAttribute(".wheel-hint", "data-visible")).toBe("true");
    expect(await frame.textContent(".wheel-hint")).toMatch(/(Ctrl|⌘) \+ scroll to zoom/);
    // Said where the reader is looking: next to the pointer, on screen, even on a tall chart.
    const said = (await (await frame.$(".wheel-hint span"))!.boundingBox())!;
    expect(said.y).toBeGreaterThanOrEqual(0);
    expect(said.y + said.height).toBeLessThanOrEqual(700);

    // Let the page's (smooth) scroll settle before aiming at the chart again.
    let last = -1;
    await expect.poll(async () => { const y = await page.evaluate(() => window.scrollY); const settled = y === last; last = y; return settled; }, { timeout: 5_000, interval: 250 }).toBe(true);
    const box = (await (await frame.$("svg.chart"))!.boundingBox())!;
    // The chart's top may now be above the viewport: aim at a visible part of it.
    await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 80);
    const scrollAtZoom = await page.evaluate(() => window.scrollY);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await expect.poll(range, { timeout: 5_000 }).not.toBe(rangeBefore);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollAtZoom);
    await page.close();
  });

  it("renders right when first shown in a hidden tab or a collapsed section (sizes come from a ResizeObserver)", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(hostPage("host-hidden.html"));
    const tab = await readyFrame(page, "#frame-tab");
    const section = await readyFrame(page, "#frame-section");
    await page.click("#show-tab");
    await expectSizedToContent(page, "#frame-tab", tab);
    await expectNoHorizontalOverflow(tab, 640);
    await page.click("#section > summary");
    await expectSizedToContent(page, "#frame-section", section);
    await expectNoHorizontalOverflow(section, 640);
    await page.close();
  });
});

describe("a host page that already uses a Pym.js parent", () => {
  it("resizes our iframes with no change on its side, at 360, 640 and 1,000 px", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(hostPage("host-pym.html", { q: "mode=embed&event=singapore-summit" }));
    for (const width of [360, 640, 1000]) {
      const selector = `#pym-${width} iframe`;
      const frame = await readyFrame(page, selector);
      await expectSizedToContent(page, selector, frame);
      await expectNoHorizontalOverflow(frame, width);
      expect(await frame.getAttribute('[data-event-id="singapore-summit"]', "aria-selected")).toBe("true");
      // Pym's own parameters reached the child, which answered with the id it was given.
      expect(new URL(frame.url()).searchParams.get("childId")).toBe(`pym-${width}`);
    }
    // Pym sends width on resize; the child answers with its new height.
    await page.setViewportSize({ width: 1000, height: 900 });
    const frame = await readyFrame(page, "#pym-640 iframe");
    await frame.click("summary >> text=/events as a table/");
    await expectSizedToContent(page, "#pym-640 iframe", frame);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the Embed dialog", () => {
  it("opens by keyboard with focus inside, gives the current view's snippet, previews it sized to fit, and gives focus back on Escape", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app}?event=singapore-summit&from=2018-01-01&to=2019-03-31`);
    await waitForState(page, "ready");
    await page.focus("button:text-is('Embed')");
    await page.keyboard.press("Enter");
    const dialog = await page.waitForSelector("dialog[open]");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    const snippet = await page.inputValue("dialog textarea");
    expect(snippet).toContain(`<iframe src="${app}?mode=embed&amp;event=singapore-summit&amp;from=2018-01-01&amp;to=2019-03-31"`);
    expect(snippet).toContain(`<script src="${app}embed.js" async></script>`);
    const preview = await readyFrame(page, "dialog iframe");
    expect(await preview.getAttribute('[data-event-id="singapore-summit"]', "aria-selected")).toBe("true");
    await expectSizedToContent(page, "dialog iframe", preview);
    await page.check("dialog >> role=radio[name='Dark']");
    expect(await page.inputValue("dialog textarea")).toContain("mode=embed&amp;theme=dark&amp;event=singapore-summit");
    await page.keyboard.press("Escape");
    await page.waitForSelector("dialog", { state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Embed");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("the embed view on its own", () => {
  it.each(["light", "dark"])("has no serious or critical accessibility violations in the %s theme", async (theme) => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    await page.goto(`${app}?mode=embed&theme=${theme}&event=singapore-summit`);
    await waitForState(page, "ready");
    expect(await page.getAttribute("html", "data-theme")).toBe(theme);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.click("summary >> text=Filter and search");
    await page.click("summary >> text=/events as a table/");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("theme=light wins over a dark system setting; auto follows it; a bad accent is named, a pale one made legible", async () => {
    const page = await browser.newPage({ colorScheme: "dark" });
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--bg").trim());
    await page.goto(`${app}?mode=embed&theme=light`);
    await waitForState(page, "ready");
    expect(["#fff", "#ffffff"]).toContain(await bg());
    await page.goto(`${app}?mode=embed`);
    await waitForState(page, "ready");
    expect(await bg()).toBe("#15171a");
    await page.goto(`${app}?mode=embed&theme=light&accent=ffe066`);
    await waitForState(page, "ready");
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim());
    expect(accent).not.toBe("#ffe066");
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);
    await page.goto(`${app}?mode=embed&accent=javascript:alert(1)`);
    await waitForState(page, "ready");
    expect(await page.textContent(".notice")).toContain("accent=javascript:alert(1)");
    await page.close();
  });

  it("works under a strict Content-Security-Policy: no inline script or style in the built page", async () => {
    const html = readFileSync("dist/index.html", "utf8");
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<style\b|\son[a-z]+=|javascript:/i);
    expect(html).toMatch(/<noscript>[\s\S]*<a href="https:\/\/[^"]+">[\s\S]*<\/noscript>/);
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
    const errors = watchErrors(page);
    await page.goto(`${strict.url}/?mode=embed&theme=dark&accent=c2410c&event=singapore-summit`);
    await waitForState(page, "ready");
    expect(await page.$$eval("[data-event-id]", (els) => els.length)).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads only from its own site, and says how much it loads", async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    const loaded = await loadedCode(page, `${app}?mode=embed`, appUrl);
    expect(loaded.offSite).toEqual([]);
    console.log(`embed mode loads (gzip): ${loaded.words}`);
    // Nothing the embed does not need: the validator (zod), the EDTF parser (the bundled dates come
    // parsed), the Embed dialog, the canvas layer for crowded views (25 events never crowd) and, in a
    // frame this wide, the vertical layout stay behind.
    expect(loaded.urls.join(" ")).not.toMatch(/loadDataset|data-import|validateDataset|parseFuzzyDate|EmbedDialog|ArticleDialog|ImportDialog|\/import-|Presentation|Presenter|exportImage|Handout|BatchedMarks|vertical-chart/);
    expect(loaded.gzipBytes).toBeLessThan(EMBED_BUDGET_BYTES);
    await page.close();
  });
});

/**
 * The gzip budget for embed mode's JS and CSS, React (66 KB) and D3 (25 KB) included: under
 * vis-timeline's 154 KB. An eager import of the validator (25 KB), the EDTF parser (15 KB), the
 * importers (19 KB), the article extractor (37 KB) or the handout trips it.
 */
const EMBED_BUDGET_BYTES = 130 * 1024;
