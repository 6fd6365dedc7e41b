import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { generateDataset } from "../../bench/generateDataset";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";

/**
 * A crowded timeline (issue 8): 3,000 events, zoomed out, where most marks in view have no room
 * for a label and are drawn as batched paths rather than an element each. What a reader can do
 * with a mark must not depend on which way it is drawn.
 */
const appUrl = inject("appUrl");
const crowded = JSON.stringify(generateDataset({ count: 3000 }));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.route("**/crowded.json", (route) => route.fulfill({ contentType: "application/json", body: crowded }));
  await page.goto(`${appUrl}/?data=crowded.json`);
  await waitForState(page, "ready");
  return { page, errors };
}

/** A batched point's centre in page coordinates, from its path ("M left,y a r,r ..."). */
async function batchedPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>(".dense-group.status--happened path.mark-shape[d*='a']")!;
    const [, left, y, r] = /^M([\d.-]+),([\d.-]+)a([\d.]+)/.exec(path.getAttribute("d")!)!.map(Number);
    const box = path.ownerSVGElement!.getBoundingClientRect();
    return { x: box.left + left + r, y: box.top + y };
  });
}

describe("a crowded timeline", () => {
  it("batches the label-less marks: far fewer elements than marks in view", async () => {
    const { page, errors } = await open();
    const batched = Number(await page.locator("svg.chart").getAttribute("data-batched-marks"));
    const elements = await page.locator("svg.chart [data-event-id]").count();
    expect(batched).toBeGreaterThan(500);
    expect(elements).toBeLessThan(300);
    expect(await page.locator(".dense-marks path").count()).toBeLessThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a batched mark shows its summary on hover and is selected by a click", async () => {
    const { page, errors } = await open();
    const { x, y } = await batchedPoint(page);
    const ids = () => page.$$eval("svg.chart [data-event-id]", (els) => els.map((e) => e.getAttribute("data-event-id")!));
    const before = new Set(await ids());
    await page.mouse.move(x, y);
    await page.locator(".tooltip").waitFor();
    const title = (await page.locator(".tooltip strong").textContent())!.trim();
    // Hovered, it becomes an element of its own (the hover ring and the DOM contract hold).
    await expect.poll(async () => (await ids()).filter((id) => !before.has(id)).length).toBe(1);
    const [hoveredId] = (await ids()).filter((id) => !before.has(id));
    expect(await page.locator(`svg.chart [data-event-id="${hoveredId}"] title`).textContent()).toContain(title);
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('svg.chart [aria-selected="true"]').getAttribute("data-event-id")).toBe(hoveredId);
    expect(await page.getByRole("heading", { name: title! }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the keyboard walks through batched marks: each gets focus as an element", async () => {
    const { page, errors } = await open();
    await page.locator("svg.chart [data-event-id][tabindex='0']").focus();
    const visited = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null)).not.toBeNull();
      visited.add((await page.evaluate(() => document.activeElement!.getAttribute("data-event-id")))!);
    }
    expect(visited.size).toBe(12);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator('svg.chart [aria-selected="true"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no serious accessibility violations", async () => {
    const { page } = await open();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
