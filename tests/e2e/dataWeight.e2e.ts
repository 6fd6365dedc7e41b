import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { loadedCode } from "./support/loadedCode";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("a ?data= page", () => {
  it("of a TimelineJS file loads no more JS and CSS (gzip) than vis-timeline's 154 KB, all from its own site", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loaded = await loadedCode(page, `${appUrl}/?data=fixtures/timelinejs-houston.json`, appUrl);
    expect(loaded.offSite).toEqual([]);
    console.log(`a ?data= page of a TimelineJS file loads (gzip): ${loaded.words}`);
    expect(await page.locator("[data-event-id]").count()).toBe(18);
    expect(loaded.gzipBytes).toBeLessThanOrEqual(154 * 1024);
    await page.close();
  });
});
