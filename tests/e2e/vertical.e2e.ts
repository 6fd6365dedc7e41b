import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { generateDataset } from "../../bench/generateDataset";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";
import { loadedCode } from "./support/loadedCode";

/**
 * The vertical layout, on phone-sized screens: time runs down the page, events are cards beside
 * a spine. Explore and embed switch to it by themselves at a chart 480 px wide or less.
 */
const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PHONES = {
  small: { width: 360, height: 740 },
  iphone: { width: 390, height: 844 },
};

/**
 * Opens a page and records whether the horizontal chart was ever in it: on a phone the first
 * render must already be the vertical layout (no flash of the wrong one while its code loads).
 */
async function open(path: string, viewport = PHONES.small, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, ...options });
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector("svg.chart")) (window as unknown as { sawHorizontal: boolean }).sawHorizontal = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${appUrl}${path}`);
  await waitForState(page, "ready");
  return { page, errors };
}

const sawHorizontal = (page: Page) => page.evaluate(() => (window as unknown as { sawHorizontal?: boolean }).sawHorizontal ?? false);
const overflowPx = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);
/** Whether an element is wholly inside the window. */
const onScreen = (page: Page, selector: string) =>
  page.$eval(selector, (e) => {
    const box = e.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  });
/** Titles cut shorter than their card's lines allow: the layout's wrapping estimate was too low. */
const clippedTitles = (page: Page) =>
  page.$$eval(".vcard-title", (titles) => titles.filter((t) => t.scrollHeight > t.clientHeight + 1).map((t) => t.textContent));
/** Date lines cut short (an ellipsis, or a third line): the layout gave the date too few lines. */
const clippedDates = (page: Page) =>
  page.$$eval(".vcard-when", (dates) => dates.filter((d) => d.scrollWidth > d.clientWidth + 1 || d.scrollHeight > d.clientHeight + 1).map((d) => d.textContent));
/** The events in date order, as the list shows them. */
const listOrder = (page: Page) => page.$$eval(".event-list tbody tr", (rows) => rows.map((r) => r.textContent ?? ""));

describe("on a phone, time runs down the page", () => {
  for (const [name, path, viewport] of [
    ["explore at 360 × 740", "/", PHONES.small],
    ["the embed at 360 × 740", "/?mode=embed", PHONES.small],
    ["explore at 390 × 844", "/", PHONES.iphone],
    ["the embed at 390 × 844", "/?mode=embed", PHONES.iphone],
  ] as const) {
    it(`${name}: vertical from the first render, every event a card, no horizontal overflow (also with details, filters and list open)`, async () => {
      const { page, errors } = await open(path, viewport);
      expect(await page.locator(".vchart").count()).toBe(1);
      expect(await sawHorizontal(page)).toBe(false);
      expect(await page.getAttribute('[role="listbox"][aria-label="Events"]', "aria-orientation")).toBe("vertical");
      expect(await page.$$eval(".vcard[data-event-id]", (cards) => cards.length)).toBe(25);
      expect(await clippedTitles(page)).toEqual([]);
      expect(await clippedDates(page)).toEqual([]);
      expect(await overflowPx(page)).toBeLessThanOrEqual(0);
      await page.click('[data-event-id="singapore-summit"]');
      expect(await page.getAttribute('[data-event-id="singapore-summit"]', "aria-selected")).toBe("true");
      // The details arrive with their code, the first time an event is selected.
      await page.locator(".details").waitFor({ state: "visible" });
      if (path.includes("embed")) {
        await page.click("summary >> text=Filter and search");
        await page.click("summary >> text=/events as a table/");
      }
      expect(await overflowPx(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("a wide screen keeps the horizontal chart and never loads the vertical layout's code; layout=vertical forces it there", async () => {
    const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const loaded = await loadedCode(wide, `${appUrl}/`, appUrl);
    expect(loaded.urls.join(" ")).not.toMatch(/vertical-chart/);
    expect(await wide.locator("svg.chart").count()).toBe(1);
    await wide.close();
    const { page } = await open("/?layout=vertical", { width: 1280, height: 800 });
    expect(await page.locator(".vchart").count()).toBe(1);
    expect(await sawHorizontal(page)).toBe(false);
    await page.close();
    for (const path of ["/?layout=horizontal", "/?mode=embed&layout=horizontal"]) {
      const { page: across } = await open(path, PHONES.iphone);
      expect(await across.locator("svg.chart").count()).toBe(1);
      expect(await across.locator(".vchart").count()).toBe(0);
      expect(await overflowPx(across)).toBeLessThanOrEqual(0);
      await across.close();
    }
  });

  it("says what a phone loads for the embed", async () => {
    const page = await browser.newPage({ viewport: PHONES.small });
    const loaded = await loadedCode(page, `${appUrl}/?mode=embed`, appUrl);
    console.log(`the embed on a 360 px phone loads (gzip): ${loaded.words}`);
    expect(loaded.urls.join(" ")).toMatch(/vertical-chart/);
    expect(loaded.offSite).toEqual([]);
    await page.close();
  });
});

describe("the vertical layout by keyboard", () => {
  it("Tab reaches the events, ↓ moves to the next in time with the page following, Enter shows its details with the quote", async () => {
    const { page, errors } = await open("/");
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "option")) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("option");
    await page.keyboard.press("Home");
    const order = await listOrder(page);
    const titleOf = (id: string | null) => page.$eval(`[data-event-id="${id}"]`, (e) => e.querySelector(".vcard-title")?.textContent ?? "");
    // ↓ walks the events in the list's order (date order), each card on screen as it gets focus.
    for (let i = 0; i < order.length; i++) {
      const id = await focusedId(page);
      expect(order[i]).toContain((await titleOf(id)).replace(/ \((planned|expected|speculated|ongoing)\)$/, ""));
      expect(await onScreen(page, `[data-event-id="${id}"]`)).toBe(true);
      if (id === "tactical-weapon-test") break;
      await page.keyboard.press("ArrowDown");
    }
    expect(await focusedId(page)).toBe("tactical-weapon-test");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute('[data-event-id="tactical-weapon-test"]', "aria-selected")).toBe("true");
    expect(await page.textContent(".details blockquote")).toContain("test out a new “high-tech” tactical weapon last November");
    // The details open at the bottom of the screen; the selected card stays in sight above them.
    const card = (await page.locator('[data-event-id="tactical-weapon-test"]').boundingBox())!;
    const sheet = (await page.locator(".details").boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y + card.height).toBeLessThanOrEqual(sheet.y + 1);
    // ↑ goes back in time; Escape clears the selection.
    await page.keyboard.press("ArrowUp");
    expect(await focusedId(page)).not.toBe("tactical-weapon-test");
    await page.keyboard.press("Escape");
    expect(await page.locator('[aria-selected="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [name, path, viewport] of [
    ["the embed at 360 × 740", "/?mode=embed", PHONES.small],
    ["explore at 390 × 844", "/", PHONES.iphone],
    ["the embed at 390 × 844", "/?mode=embed", PHONES.iphone],
  ] as const) {
    it(`${name}: Tab reaches the events, ↓ ↑ move through time, Enter opens the details and the list marks the event`, async () => {
      const { page, errors } = await open(path, viewport);
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "option")) break;
      }
      expect(await page.evaluate(() => document.activeElement?.closest(".vchart") !== null)).toBe(true);
      const first = await focusedId(page);
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowUp");
      const id = await focusedId(page);
      expect(id).not.toBe(first);
      expect(await onScreen(page, `[data-event-id="${id}"]`)).toBe(true);
      await page.keyboard.press("Enter");
      expect(await page.getAttribute(`[data-event-id="${id}"]`, "aria-selected")).toBe("true");
      // The details arrive with their code, the first time an event is selected.
      await page.locator(".details").waitFor({ state: "visible" });
      // The details open on screen, at its bottom, with the card still in sight above them.
      const sheet = (await page.locator(".details").boundingBox())!;
      const selected = (await page.locator(`[data-event-id="${id}"]`).boundingBox())!;
      expect(sheet.y).toBeLessThan(viewport.height - 100);
      expect(selected.y).toBeGreaterThanOrEqual(0);
      expect(selected.y + selected.height).toBeLessThanOrEqual(sheet.y + 1);
      expect(await page.textContent(".details h2")).toContain(await page.$eval(`[data-event-id="${id}"] .vcard-title`, (e) => e.textContent!.replace(/ \((planned|expected|speculated|ongoing)\)$/, "")));
      // List sync: the list's row for the event is the selected one.
      expect(await page.$$eval(".event-list tr.is-selected", (rows) => rows.map((r) => r.getAttribute("data-list-event-id")))).toEqual([id]);
      expect(await overflowPx(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("+ zooms the spine around the focused card (it stays in view), 0 fits all again", async () => {
    const { page } = await open("/");
    await page.focus('[data-event-id="moon-pyongyang-visit"]');
    const range = () => page.textContent(".range-words");
    const fitted = await range();
    const before = (await page.locator('[data-event-id="moon-pyongyang-visit"]').boundingBox())!;
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await expect.poll(range).not.toBe(fitted);
    // Zoomed in on its day: the card is still drawn, within a card's height of where it was.
    const after = (await page.locator('[data-event-id="moon-pyongyang-visit"]').boundingBox())!;
    expect(Math.abs(after.y - before.y)).toBeLessThan(before.height * 2);
    await page.keyboard.press("0");
    await expect.poll(range).toBe(fitted);
    await page.close();
  });
});

describe("links and gestures", () => {
  it("a link with ?event=…&layout=vertical selects the event and opens the page at its card", async () => {
    const { page, errors } = await open("/?event=moon-pyongyang-visit&layout=vertical");
    expect(await page.getAttribute('[data-event-id="moon-pyongyang-visit"]', "aria-selected")).toBe("true");
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expect(await onScreen(page, '[data-event-id="moon-pyongyang-visit"]')).toBe(true);
    expect(await page.textContent(".details h2")).toContain("Moon");
    // A range in the link is the range shown, as in the horizontal chart.
    await page.goto(`${appUrl}/?event=moon-pyongyang-visit&from=2018-09-01&to=2018-10-31&layout=vertical`);
    await waitForState(page, "ready");
    expect(await page.textContent(".range-words")).toBe("Showing 1 Sep 2018 – 31 Oct 2018");
    expect(await page.$$eval(".vcard", (cards) => cards.map((c) => c.getAttribute("data-event-id")))).toContain("moon-pyongyang-visit");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Ctrl + wheel zooms the spine; a plain wheel scrolls the page", async () => {
    const { page } = await open("/");
    const range = () => page.textContent(".range-words");
    const before = await range();
    await page.locator('[data-event-id="moon-pyongyang-visit"]').scrollIntoViewIfNeeded();
    const box = (await page.locator(".vchart-body").boundingBox())!;
    await page.mouse.move(box.x + 40, 300);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    expect(await range()).toBe(before);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await expect.poll(range).not.toBe(before);
    await page.close();
  });

  it("two fingers spreading on the spine zoom in", async () => {
    const { page } = await open("/", PHONES.small, { hasTouch: true, isMobile: true });
    const range = () => page.textContent(".range-words");
    const before = await range();
    await page.locator('[data-event-id="moon-pyongyang-visit"]').scrollIntoViewIfNeeded();
    const box = (await page.locator(".vchart-body").boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    // On the spine's side of the chart, mid-screen (the chart runs on above and below).
    const x = box.x + 60;
    const y = PHONES.small.height / 2;
    expect(box.y < y - 160 && box.y + box.height > y + 160).toBe(true);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", spread: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [
          { x, y: y - spread, id: 1 },
          { x, y: y + spread, id: 2 },
        ],
      });
    await touch("touchStart", 40);
    for (const spread of [60, 90, 120, 160]) await touch("touchMove", spread);
    await touch("touchEnd", 0);
    await expect.poll(range).not.toBe(before);
    await page.close();
  });
});

describe("accessibility and crowds", () => {
  it.each([
    ["explore with a selection", "/?event=singapore-summit&compare=second-summit"],
    ["the embed", "/?mode=embed&event=singapore-summit"],
    ["the dark embed", "/?mode=embed&theme=dark"],
  ])("axe finds nothing serious: %s", async (_name, path) => {
    const { page } = await open(path);
    expect(await page.locator(".vchart").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("3,000 events: '+N more' groups where cards would crowd; a group zooms in on its events; End reaches the last event", async () => {
    const page = await browser.newPage({ viewport: PHONES.small });
    const errors = watchErrors(page);
    const crowded = JSON.stringify(generateDataset({ count: 3000 }));
    await page.route("**/crowded.json", (route) => route.fulfill({ contentType: "application/json", body: crowded }));
    await page.goto(`${appUrl}/?data=crowded.json`);
    await waitForState(page, "ready");
    await page.locator(".vchart").waitFor();
    const cards = await page.locator(".vcard").count();
    expect(cards).toBeGreaterThan(10);
    expect(cards).toBeLessThan(400);
    expect(await page.locator(".vcluster").count()).toBeGreaterThan(0);
    expect(await overflowPx(page)).toBeLessThanOrEqual(0);
    const range = () => page.textContent(".range-words");
    const before = await range();
    await page.locator(".vcluster").first().click();
    await expect.poll(range).not.toBe(before);
    // Counts are written as everywhere else in the app: "2,871 later events", not "2871".
    expect(await page.locator(".vchart-beyond").last().textContent()).toMatch(/^↓ \d{1,3}(,\d{3})+ later events$/);
    // End: the range moves to the last event, which gets a card (never a group) and the focus.
    await page.locator(".vcard").first().focus();
    await page.keyboard.press("End");
    const last = await focusedId(page);
    expect(last).not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("vcard"))).toBe(true);
    expect(await onScreen(page, `[data-event-id="${last}"]`)).toBe(true);
    await page.keyboard.press("ArrowDown");
    expect(await focusedId(page)).toBe(last);
    expect(errors).toEqual([]);
    await page.close();
  });
});
