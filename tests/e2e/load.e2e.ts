import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";
// The default view shows the bundled timeline as of its own day.
import { bundledAsOf as data } from "../fixtures/bundledAsOf";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("loading the built app", () => {
  it("reaches data-state=ready with one mark per event, and a click shows details", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${appUrl}/`);
    await waitForState(page, "ready");
    const ids = await page.$$eval("[data-event-id]", (els) => els.map((e) => e.getAttribute("data-event-id")));
    expect(ids.sort()).toEqual(data.events.map((e) => e.id).sort());
    // The accessible name carries the full title, the date in words and the status.
    const mark = page.getByRole("option", { name: /“high-tech” weapon.*16 November 2018, happened|16 November 2018, happened/ });
    expect(await mark.getAttribute("data-event-id")).toBe("tactical-weapon-test");
    await mark.click();
    expect(await page.getAttribute('[data-event-id="tactical-weapon-test"]', "aria-selected")).toBe("true");
    const details = await page.textContent(".details");
    expect(details).toContain("It did however test out a new “high-tech” tactical weapon last November");
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(["/", "/?data=fixtures/small.json"])("the chart stays where it is once ready (%s): nothing loaded later pushes it down", async (path) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appUrl}${path}`);
    await waitForState(page, "ready");
    const topAtReady = (await page.locator("svg.chart").boundingBox())!.y;
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    expect((await page.locator("svg.chart").boundingBox())!.y).toBe(topAtReady);
    await page.close();
  });

  it.each([
    ["/", 1280],
    ["/?mode=embed", 1280],
    ["/?mode=embed", 360],
  ] as const)("the first render of %s at %d px draws the chart at its width: no render without it, and no second layout of the page", async (path, width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // A chart frame put in the page empty and filled by a later render shows as nodes added to it.
    await page.addInitScript(() => {
      const seen = { filledLater: 0 };
      (window as unknown as { chartFrames: typeof seen }).chartFrames = seen;
      new MutationObserver((records) => {
        for (const record of records) if ((record.target as Element).classList?.contains("chart-frame") && record.addedNodes.length > 0) seen.filledLater++;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${appUrl}${path}`);
    await waitForState(page, "ready");
    await expect.poll(() => page.locator(".chart-frame [data-event-id]").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { chartFrames: { filledLater: number } }).chartFrames.filledLater)).toBe(0);
    await page.close();
  });

  it("has no serious accessibility violations, with and without the details panel", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appUrl}/`);
    await waitForState(page, "ready");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.click('[data-event-id="singapore-summit"]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("?data= pointing at a malformed file shows a clear alert and no page error", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${appUrl}/?data=fixtures/malformed.json`);
    await waitForState(page, "error");
    const alert = await page.textContent('[role="alert"]');
    expect(alert).toContain("malformed.json could not be opened");
    expect(await page.textContent(".issue-report")).toMatch(/line \d+, column \d+: is not valid JSON/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("?data= pointing at a missing file says there is no file there", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${appUrl}/?data=fixtures/does-not-exist.json`);
    await waitForState(page, "error");
    expect(await page.textContent('[role="alert"]')).toContain("there is no file at that address (404 Not Found)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("?data= loads another valid dataset", async () => {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/?data=fixtures/small.json`);
    await waitForState(page, "ready");
    expect(await page.$$eval("[data-event-id]", (els) => els.map((e) => e.getAttribute("data-event-id")))).toEqual(["treaty-signed"]);
    await page.close();
  });

  it("?data= asks for the import code from the page's head, alongside the app's script; a page without it downloads the bundled timeline instead, once, while the app's script downloads", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${appUrl}/?data=fixtures/small.json`);
    await waitForState(page, "ready");
    const preloads = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => l.getAttribute("href")!));
    expect(preloads.some((href) => /assets\/data-import-[^/]*\.js$/.test(href))).toBe(true);
    // The validator's wording (zod) and edtf.js load only for a file that needs them: not this one.
    expect(preloads.filter((href) => /validateDataset|parseFuzzyDate/.test(href))).toEqual([]);
    expect(requested.filter((u) => /\/assets\/(validateDataset|parseFuzzyDate)-/.test(u))).toEqual([]);
    // Each chunk once: the app's own import finds the preloaded module.
    const importCode = requested.filter((u) => /\/assets\/data-import-/.test(u));
    expect(importCode).toHaveLength(1);
    // The file too: the head's script starts its download and the app takes that response over.
    expect(requested.filter((u) => /\/fixtures\/small\.json$/.test(u))).toHaveLength(1);
    expect(requested.filter((u) => /\/assets\/timeline-[^/]*\.json$/.test(u))).toHaveLength(0);
    requested.length = 0;
    // The app's script (the largest by far) held back for a second: the timeline's file has arrived by then.
    await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(appUrl);
    await waitForState(page, "ready");
    expect(await page.$$eval('link[rel="modulepreload"]', (links) => links.filter((l) => /data-import|validateDataset/.test(l.getAttribute("href")!)).length)).toBe(0);
    const { timelineArrived, appAsked } = await page.evaluate(() => {
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const timeline = entries.find((e) => /\/assets\/timeline-[^/]*\.json$/.test(e.name))!;
      const app = entries.find((e) => /\/assets\/app-[^/]*\.js$/.test(e.name))!;
      return { timelineArrived: timeline.responseEnd, appAsked: app.startTime + 1000 };
    });
    expect(timelineArrived).toBeLessThan(appAsked);
    // The app takes the head's download over: the file is downloaded once.
    expect(requested.filter((u) => /\/assets\/timeline-[^/]*\.json$/.test(u))).toHaveLength(1);
    expect(await page.$$eval("[data-event-id]", (els) => els.length)).toBeGreaterThan(20);
    await page.close();
  });

  it("as a file's answer arrives, the page's head asks for its format's importer, and for a large file the canvas layer, each once", async () => {
    // 200 events: a file past the size at which the canvas layer comes with it.
    const crowded = JSON.stringify(makeDataset(Array.from({ length: 200 }, (_, i) => makeEvent({ id: `e${i}`, title: `Event ${i}`, when: `2018-06-${String((i % 28) + 1).padStart(2, "0")}` }))));
    const opened = async (file: string) => {
      const page = await browser.newPage();
      await page.route("**/fixtures/crowded.json", (route) => route.fulfill({ contentType: "application/json", body: crowded }));
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      await page.goto(`${appUrl}/?data=fixtures/${file}`);
      await waitForState(page, "ready");
      const preloads = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => l.getAttribute("href")!));
      await page.close();
      const chunk = (name: string) => ({ preloaded: preloads.some((href) => href.includes(`/assets/${name}-`)), requests: requested.filter((u) => u.includes(`/assets/${name}-`)).length });
      return { ours: chunk("importDatasetJson"), timelineJs: chunk("import-foreign"), canvas: chunk("BatchedMarks") };
    };
    expect(await opened("small.json")).toEqual({ ours: { preloaded: true, requests: 1 }, timelineJs: { preloaded: false, requests: 0 }, canvas: { preloaded: false, requests: 0 } });
    expect(await opened("timelinejs-houston.json")).toEqual({ ours: { preloaded: false, requests: 0 }, timelineJs: { preloaded: true, requests: 1 }, canvas: { preloaded: false, requests: 0 } });
    expect(await opened("crowded.json")).toEqual({ ours: { preloaded: true, requests: 1 }, timelineJs: { preloaded: false, requests: 0 }, canvas: { preloaded: true, requests: 1 } });
  });

  it("?data= reads and checks the file while the app's own script is still on its way", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    // The app's script (the largest by far) held back for a second and a half.
    await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${appUrl}/?data=fixtures/small.json`);
    await waitForState(page, "ready");
    const { checked, appArrived } = await page.evaluate(() => {
      const validate = performance.getEntriesByName("load:validate")[0];
      const app = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) => /\/assets\/app-[^/]*\.js$/.test(e.name))!;
      return { checked: validate.startTime + validate.duration, appArrived: app.responseStart };
    });
    expect(checked).toBeLessThan(appArrived);
    expect(await page.$$eval("[data-event-id]", (els) => els.map((e) => e.getAttribute("data-event-id")))).toEqual(["treaty-signed"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("when the bundled timeline's file fails to arrive: an alert says so, not a blank or endless loading page", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.route(/\/assets\/timeline-[^/]*\.json$/, (route) => route.abort("connectionfailed"));
    await page.goto(appUrl);
    await waitForState(page, "error");
    expect(await page.textContent('[role="alert"]')).toMatch(/bundled timeline could not be loaded.*Reload the page/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("?data= when the import code fails to arrive (a dropped connection): an alert says so, not an endless loading page", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.route(/\/assets\/data-import-[^/]*\.js$/, (route) => route.abort("connectionfailed"));
    await page.goto(`${appUrl}/?data=fixtures/small.json`);
    await waitForState(page, "error");
    expect(await page.textContent('[role="alert"]')).toMatch(/could not be opened.*Reload the page/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("?data= from servers that misbehave (tests/e2e/support/hostileRoutes.ts)", () => {
  /** Opens `?data=path` (after `before`), does `act`, waits for the error page, and returns its alert's text. */
  async function alertFor(path: string, act?: (page: Page) => Promise<void>, before?: (page: Page) => Promise<void>) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await before?.(page);
    await page.goto(`${appUrl}/?data=${encodeURIComponent(path)}`);
    await act?.(page);
    await waitForState(page, "error");
    const alert = (await page.textContent('[role="alert"]')) ?? "";
    expect(errors).toEqual([]);
    await page.close();
    return alert;
  }

  it("a gzip-encoded response of 200 KB that unpacks to 200 MB is refused once 20 MB have arrived, in the large-file words", async () => {
    const alert = await alertFor("hostile/bomb.json");
    expect(alert).toContain(`${appUrl}/hostile/bomb.json is larger than the 20 MB limit. Split it into smaller timelines`);
    expect(alert).not.toMatch(/Reload the page/);
  });

  it("60 MB sent without Content-Length is refused once 20 MB have arrived", async () => {
    expect(await alertFor("hostile/chunked.json")).toContain(`${appUrl}/hostile/chunked.json is larger than the 20 MB limit`);
  });

  it("a server that never answers: after 30 seconds without a word, an alert names the address", async () => {
    const alert = await alertFor(
      "hostile/never.json",
      async (page) => {
        await page.getByRole("status").filter({ hasText: "Loading timeline" }).waitFor();
        await page.clock.runFor(31_000);
      },
      // The page's clock, not the test's, waits the 30 seconds.
      (page) => page.clock.install(),
    );
    expect(alert).toContain(`Could not load ${appUrl}/hostile/never.json: the server did not answer for 30 seconds`);
  });

  it("a server that sends its headers and stalls: the reader cancels, and an alert names the address", async () => {
    const alert = await alertFor("hostile/stall.json", async (page) => {
      await page.getByRole("button", { name: "Cancel" }).click();
    });
    expect(alert).toContain(`Loading ${appUrl}/hostile/stall.json was cancelled.`);
  });

  it("a redirect from this site to plain http on another host is refused, naming where it led", async () => {
    const elsewhere = appUrl.replace("127.0.0.1", "localhost");
    const alert = await alertFor(`hostile/redirect?to=${encodeURIComponent(`${elsewhere}/hostile/cors/small.json`)}`);
    expect(alert).toContain(`was redirected to ${elsewhere}/hostile/cors/small.json, which must be on this site or start with https://`);
  });
});

