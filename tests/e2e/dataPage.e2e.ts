import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, waitForState, watchErrors } from "./support/browser";
import { loadedCode } from "./support/loadedCode";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A `?data=` page, ready, with the scripts it loaded. */
async function open(path: string): Promise<{ page: Page; errors: string[]; scripts: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  const scripts: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
  await page.goto(`${appUrl}${path}`);
  await waitForState(page, "ready");
  return { page, errors, scripts };
}

const markCount = (page: Page) => page.locator("[data-event-id]").count();

describe("a ?data= page", () => {
  it("of a TimelineJS file loads no more JS and CSS (gzip) than vis-timeline's 154 KB, all from its own site", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loaded = await loadedCode(page, `${appUrl}/?data=fixtures/timelinejs-houston.json`, appUrl);
    expect(loaded.offSite).toEqual([]);
    console.log(`a ?data= page of a TimelineJS file loads (gzip): ${loaded.words}`);
    expect(await markCount(page)).toBe(18);
    // A valid file of plain dates needs neither the validator's wording (zod) nor edtf.js, and a
    // JSON file no CSV reader (papaparse) nor the other formats' importers.
    expect(loaded.urls.join(" ")).not.toMatch(/validateDataset|parseFuzzyDate|schema-|\/csv-|importCsv|timelineJsCsv|visTimeline|importDatasetJson/);
    expect(loaded.gzipBytes).toBeLessThanOrEqual(154 * 1024);
    await page.close();
  });

  it("a file with dates in unusual EDTF forms loads edtf.js and shows every event", async () => {
    const { page, errors, scripts } = await open("/?data=fixtures/unusual-dates.json");
    expect(await markCount(page)).toBe(4);
    expect(scripts.join(" ")).toMatch(/parseFuzzyDate-/);
    expect(await page.locator(".issue-report").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a file with a problem: the valid events open, and the report names the field and the place, in the validator's words", async () => {
    const { page, errors, scripts } = await open("/?data=fixtures/missing-title.json");
    expect(await markCount(page)).toBe(1);
    expect(scripts.join(" ")).toMatch(/validateDataset-/);
    expect(await page.textContent(".issue-report summary")).toMatch(/1 of 2 events shown; 1 skipped/);
    expect(await page.textContent(".issue-report")).toContain("events[1].title: is missing (expected text)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("when the file's importer fails to arrive (a dropped connection): an alert and the report say so, not an endless loading page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.route(/\/assets\/import-foreign-[^/]*\.js$/, (route) => route.abort("connectionfailed"));
    await page.goto(`${appUrl}/?data=fixtures/timelinejs-houston.json`);
    await waitForState(page, "error");
    expect(await page.textContent('[role="alert"]')).toMatch(/timelinejs-houston\.json could not be opened as TimelineJS JSON/);
    expect(await page.textContent(".issue-report")).toMatch(/part of this app failed to arrive.*Reload the page/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
