import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { generateDataset } from "../../bench/generateDataset";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";

/**
 * A crowded timeline: 3,000 events, zoomed out, where most marks in view have no room
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
  // The canvas layer is a chunk of its own (fetched with the data): until it arrives every mark is an element.
  await page.locator("svg.chart .batched-canvas canvas").waitFor({ state: "attached" });
  return { page, errors };
}

/**
 * A spot inside a batched mark, in page coordinates, and the colour painted there: the first
 * canvas pixel whose 5 × 5 neighbourhood is one opaque colour (inside a shape's fill, clear of
 * its edge), from a few rows down.
 */
async function batchedSpot(page: Page): Promise<{ x: number; y: number; rgb: string }> {
  // The canvas is painted in the frame after the chart renders (BatchedMarks).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("svg.chart .batched-canvas canvas")!;
    const { width, height } = canvas;
    const data = canvas.getContext("2d")!.getImageData(0, 0, width, height).data;
    const at = (x: number, y: number) => (y * width + x) * 4;
    for (let y = 60; y < height - 2; y++) {
      for (let x = 2; x < width - 2; x++) {
        const i = at(x, y);
        if (data[i + 3] !== 255) continue;
        let same = true;
        for (let dy = -2; dy <= 2 && same; dy++)
          for (let dx = -2; dx <= 2 && same; dx++) {
            const j = at(x + dx, y + dy);
            same = data[j] === data[i] && data[j + 1] === data[i + 1] && data[j + 2] === data[i + 2] && data[j + 3] === 255;
          }
        if (!same) continue;
        const box = canvas.getBoundingClientRect();
        return { x: box.left + (x + 0.5) * (box.width / width), y: box.top + (y + 0.5) * (box.height / height), rgb: `rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})` };
      }
    }
    throw new Error("no batched mark painted on the canvas");
  });
}

describe("a crowded timeline", () => {
  it("batches the label-less marks: far fewer elements than marks in view", async () => {
    const { page, errors } = await open();
    const batched = Number(await page.locator("svg.chart").getAttribute("data-batched-marks"));
    const elements = await page.locator("svg.chart [data-event-id]").count();
    expect(batched).toBeGreaterThan(500);
    expect(elements).toBeLessThan(300);
    // One canvas paints them, sized to the screen rather than the whole chart.
    expect(await page.locator(".batched-marks path").count()).toBeLessThan(200);
    const canvas = await page.locator("svg.chart .batched-canvas canvas").evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
    expect(canvas.width).toBeGreaterThan(1000);
    expect(canvas.height).toBeGreaterThan(0);
    expect(canvas.height).toBeLessThanOrEqual(900 + 64);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Download SVG draws every mark in view as vector shapes, the painted ones included", async () => {
    const { page, errors } = await open();
    const inView = Number(await page.locator("svg.chart").getAttribute("data-batched-marks")) + (await page.locator("svg.chart [data-event-id]").count());
    await page.click(".export-menu summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button:has-text('Download SVG')")]);
    const svg = await readFile((await download.path())!, "utf8");
    expect(svg).not.toMatch(/<canvas|<foreignObject/);
    // Each mark names itself in a <title>, as on the page; the file has one more, its own.
    expect((svg.match(/<title[ >]/g) ?? []).length - 1).toBe(inView);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a batched mark shows its summary on hover and is selected by a click", async () => {
    const { page, errors } = await open();
    const { x, y, rgb } = await batchedSpot(page);
    const ids = () => page.$$eval("svg.chart [data-event-id]", (els) => els.map((e) => e.getAttribute("data-event-id")!));
    const before = new Set(await ids());
    await page.mouse.move(x, y);
    await page.locator(".tooltip").waitFor();
    const title = (await page.locator(".tooltip strong").textContent())!.trim();
    // Hovered, it becomes an element of its own (the hover ring and the DOM contract hold).
    await expect.poll(async () => (await ids()).filter((id) => !before.has(id)).length).toBe(1);
    const [hoveredId] = (await ids()).filter((id) => !before.has(id));
    expect(await page.locator(`svg.chart [data-event-id="${hoveredId}"] title`).textContent()).toContain(title);
    // The canvas painted it in the colours its element has: the look comes from the same stylesheet.
    expect(await page.locator(`svg.chart [data-event-id="${hoveredId}"] .mark-shape`).evaluate((el) => getComputedStyle(el).fill)).toBe(rgb);
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('svg.chart [aria-selected="true"]').getAttribute("data-event-id")).toBe(hoveredId);
    await expect.poll(() => page.getByRole("heading", { name: title! }).count()).toBeGreaterThan(0);
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

  it("End and Home reach the last and first events even where they sit in a '+N more' group: the view zooms in to them", async () => {
    const { page, errors } = await open();
    const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);
    // The list is in date order: its first and last rows are the events Home and End lead to.
    const box = page.locator(".event-list .table-scroll");
    const firstId = await page.locator('.event-list tr[aria-rowindex="2"]').getAttribute("data-list-event-id");
    await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const lastRow = page.locator('.event-list tr[aria-rowindex="3001"]');
    await lastRow.waitFor();
    const lastId = await lastRow.getAttribute("data-list-event-id");
    await page.locator("svg.chart [data-event-id][tabindex='0']").focus();
    await page.keyboard.press("End");
    await expect.poll(focusedId).toBe(lastId);
    await page.keyboard.press("Home");
    await expect.poll(focusedId).toBe(firstId);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the list renders a screenful of its 3,000 rows, and scrolls to the last as if all were there", async () => {
    const { page, errors } = await open();
    const box = page.locator(".event-list .table-scroll");
    expect(await page.locator(".event-list table").getAttribute("aria-rowcount")).toBe("3001");
    const rendered = () => page.locator(".event-list tbody tr[data-list-event-id]").count();
    expect(await rendered()).toBeLessThan(100);
    await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => page.locator('.event-list tr[aria-rowindex="3001"]').count()).toBe(1);
    expect(await rendered()).toBeLessThan(100);
    // The last row is in the box's view, not cut off below it.
    const [row, view] = await Promise.all([page.locator('.event-list tr[aria-rowindex="3001"]').boundingBox(), box.boundingBox()]);
    expect(row!.y + row!.height).toBeLessThanOrEqual(view!.y + view!.height + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Tab walks the list's rows past the first screenful, the box following; a row selected elsewhere is scrolled to", async () => {
    const { page, errors } = await open();
    await page.locator(".event-list tr[aria-rowindex='2'] .row-button").focus();
    for (let i = 0; i < 60; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("aria-rowindex"))).toBe("62");
    // The last event, selected elsewhere (here by the address, as a shared link does), is the list's
    // selected row, scrolled into the box's view.
    const box = page.locator(".event-list .table-scroll");
    await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const lastRow = page.locator('.event-list tr[aria-rowindex="3001"]');
    await lastRow.waitFor();
    const lastId = await lastRow.getAttribute("data-list-event-id");
    await page.goto(`${appUrl}/?data=crowded.json&event=${lastId}`);
    await waitForState(page, "ready");
    const selected = page.locator(".event-list tr.is-selected");
    await expect.poll(() => selected.getAttribute("aria-rowindex")).toBe("3001");
    const [row, view] = await Promise.all([selected.boundingBox(), page.locator(".event-list .table-scroll").boundingBox()]);
    expect(row!.y).toBeGreaterThanOrEqual(view!.y);
    expect(row!.y + row!.height).toBeLessThanOrEqual(view!.y + view!.height + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no serious accessibility violations", async () => {
    const { page } = await open();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
