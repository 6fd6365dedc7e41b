import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, waitForState, watchErrors } from "./support/browser";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, width = 1366, height = 768): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = watchErrors(page);
  await page.goto(`${appUrl}${path}`);
  await waitForState(page, "ready");
  return { page, errors };
}

/** Each mark's left and right edge on screen, and the chart's. */
async function geometry(page: Page) {
  const chart = await page.locator("svg.chart").boundingBox();
  const marks = await page.$$eval("[data-event-id]", (els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
  return { chart: chart!, marks };
}

describe("someone else's file opens framed on its events", () => {
  it("a vis items file of 15 World Cup matches over 16 days: the first view spans the matches, titled, with no as-of line", async () => {
    const { page, errors } = await open("/?data=fixtures/vis-world-cup.json");
    const { chart, marks } = await geometry(page);
    expect(marks).toHaveLength(15);
    const first = Math.min(...marks.map((m) => m.left));
    const last = Math.max(...marks.map((m) => m.left));
    // Every match is on screen, and together they take most of the chart's width (not a sliver of 2013–2027).
    expect(first).toBeGreaterThanOrEqual(chart.x);
    expect(last).toBeLessThanOrEqual(chart.x + chart.width);
    expect(last - first).toBeGreaterThan(chart.width * 0.6);
    expect(await page.locator(".as-of").count()).toBe(0);
    expect(await page.textContent(".range-words")).toMatch(/Jun 2014 – .*Jul 2014|Jun 2014 – .*Jun 2014/);
    const labels = await page.$$eval(".axis .tick-label", (els) => els.map((e) => e.textContent ?? ""));
    expect(labels.join(" ")).not.toMatch(/2013|2027/);
    expect(await page.locator("text=Untitled event").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("before the common era and deep time", () => {
  it("TimelineJS's cosmological examples: every event opens, and dates before 1 CE say BCE", async () => {
    const { page, errors } = await open("/?data=fixtures/timelinejs-cosmo-mixed.json");
    // All 11 in the list; on the chart each is a mark or counted in a "+N more" group beside its neighbours.
    expect(await page.locator("[data-list-event-id]").count()).toBe(11);
    const more = await page.$$eval(".chart text", (els) => els.map((e) => /^\+(\d+) more$/.exec(e.textContent ?? "")?.[1]).filter(Boolean).map(Number));
    expect((await page.locator("[data-event-id]").count()) + more.reduce((a, b) => a + b, 0)).toBe(11);
    const labels = await page.$$eval(".axis .tick-label", (els) => els.map((e) => e.textContent ?? ""));
    expect(labels.some((l) => /billion/.test(l) && /BCE/.test(l))).toBe(true);
    // No axis label reads as a year of the common era while the rest are before it, unmarked.
    expect(labels.filter((l) => /^\d{1,4}$/.test(l.trim()))).toEqual([]);
    const text = (await page.textContent("body")) ?? "";
    expect(text).toContain("3500 BCE");
    expect(text).toContain("13.8 billion BCE");
    expect(errors).toEqual([]);
    await page.close();
  });
});
