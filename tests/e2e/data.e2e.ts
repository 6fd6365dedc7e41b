import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, waitForState, watchErrors } from "./support/browser";
import { chooseFileFromDataMenu } from "./support/dataMenu";
// The default view shows the bundled timeline as of its own day.
import { bundledAsOf as bundled } from "../fixtures/bundledAsOf";

const appUrl = inject("appUrl");
const HOSTILE = new URL("../fixtures/hostile/", import.meta.url);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A fresh page (and storage) with the bundled timeline; any alert() from data fails the test. */
async function open(path = "/"): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${appUrl}${path}`);
  await waitForState(page);
  return { page, errors, dialogs };
}

async function chooseFile(page: Page, file: string) {
  await chooseFileFromDataMenu(page, file);
  await page.waitForSelector("dialog.import-dialog[open]");
}

const markCount = (page: Page) => page.locator("[data-event-id]").count();

describe("bringing your own data", () => {
  it("opening a file when part of the app fails to arrive: a notice says so and the current timeline stays", async () => {
    const { page, errors } = await open();
    await page.route(/\/assets\/openedTimeline-[^/]*\.js$/, (route) => route.abort("connectionfailed"));
    await chooseFile(page, new URL("../fixtures/import/timelinejs-houston.json", import.meta.url).pathname);
    await page.click("text=Open this timeline");
    await expect.poll(() => page.locator(".data-notice").textContent()).toMatch(/could not be opened.*try again/);
    expect(await page.textContent("h1")).toContain("US–North Korea");
    expect(await markCount(page)).toBe(bundled.events.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a TimelineJS file: the report first, the current timeline stays, then it opens and survives a reload", async () => {
    const { page, errors } = await open();
    await chooseFile(page, new URL("../fixtures/import/timelinejs-houston.json", import.meta.url).pathname);
    expect(await page.textContent(".import-summary")).toContain("18 of 18 events imported");
    expect(await markCount(page)).toBe(bundled.events.length);
    await page.click("text=Open this timeline");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("Whitney Houston"));
    // Kept once the library (IndexedDB, asynchronous) holds it: it then points to it for the reload.
    await page.waitForFunction(() => localStorage.getItem("diplomacy-timeline:current"));
    await page.reload();
    await waitForState(page, "ready");
    expect(await page.textContent("h1")).toContain("Whitney Houston");
    await page.click("text=Back to the bundled timeline");
    expect(await page.textContent("h1")).toContain("US–North Korea");
    expect(await markCount(page)).toBe(bundled.events.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("?data= with format= opens a TimelineJS spreadsheet, with its report at hand", async () => {
    const { page } = await open("/?data=fixtures/timelinejs-template.csv&format=timelinejs-csv");
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    expect(await markCount(page)).toBeGreaterThan(0);
    await page.context().close();
  });

  it("every file of the hostile corpus gives a clear report, runs no script, and leaves the timeline as it was", async () => {
    const files = readdirSync(HOSTILE).filter((f) => !f.endsWith(".md"));
    expect(files.length).toBeGreaterThanOrEqual(15);
    const { page, errors, dialogs } = await open();
    for (const file of files) {
      await chooseFile(page, new URL(file, HOSTILE).pathname);
      const summary = (await page.textContent(".import-summary")) ?? "";
      expect(summary.length, file).toBeGreaterThan(10);
      expect(await markCount(page), file).toBe(bundled.events.length);
      await page.click("dialog.import-dialog >> text=/^(Cancel|Close)$/");
    }
    // Open the ones that can be opened: still no script, no javascript: link anywhere.
    for (const file of ["script-tags.timelinejs.json", "javascript-links.timelinejs.json", "event-handlers.vis.json", "entities.timelinejs.json"]) {
      await chooseFile(page, new URL(file, HOSTILE).pathname);
      const openButton = page.locator("text=Open this timeline");
      if (await openButton.count()) {
        await openButton.click();
        // Opening is asynchronous (its code may still be arriving) and the page stays "ready" with the
        // previous timeline meanwhile: wait for this one, or its marks would be the old ones.
        await page.getByRole("status").filter({ hasText: `Showing “${file}”` }).waitFor();
        await waitForState(page, "ready");
        for (const mark of await page.locator("[data-event-id]").all()) {
          await mark.click();
          // Away from the hover summary, as a hand moves, before the next mark.
          await page.mouse.move(1, 1);
        }
      } else {
        await page.click("dialog.import-dialog >> text=/^(Cancel|Close)$/");
      }
      const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)), file).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll("script:not([src]), [onerror], [onclick], [onload]").length), file).toBe(0);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a 50 MB file is refused before it is read, with the limit named", async () => {
    const { page } = await open();
    const huge = join(tmpdir(), "diplomacy-timeline-50mb.json");
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
    await chooseFile(page, huge);
    expect(await page.textContent(".import-summary")).toMatch(/50 MB; the limit is 20 MB/);
    expect(await markCount(page)).toBe(bundled.events.length);
    await page.context().close();
  });

  it("paste: a dataset pasted on the page opens the report", async () => {
    const { page } = await open();
    const text = readFileSync(new URL("../fixtures/import/vis-items.json", import.meta.url), "utf8");
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData("text/plain", t);
      document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    }, text);
    await page.waitForSelector("dialog.import-dialog[open]");
    expect(await page.textContent(".import-format")).toContain("vis-timeline");
    await page.context().close();
  });
});

/** Dispatches a paste of `text` on the page, as Ctrl+V would. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, text);
}

describe("what a paste is", () => {
  it("an article whose headline has a semicolon opens the article flow, not the importers", async () => {
    const { page, errors } = await open();
    const article = readFileSync(new URL("../fixtures/extract/wire-1974-08-09-nixon-resigns.txt", import.meta.url), "utf8");
    await paste(page, article);
    await page.waitForSelector("dialog.article-dialog[open]");
    expect(await page.inputValue(".article-dialog textarea")).toContain("Nixon resigns; Ford to take oath at noon");
    expect(await page.locator("dialog.import-dialog").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a table whose columns this app does not know: the reader is asked, and a table opens the report with its columns to choose from", async () => {
    const { page } = await open();
    await paste(page, "name,date,place\nSummit,2018-06-12,Singapore\nTalks,2019-01-18,Washington\n");
    const question = page.getByRole("dialog", { name: "What did you paste?" });
    await question.waitFor();
    await question.getByRole("button", { name: "A table of events" }).click();
    await page.waitForSelector("dialog.import-dialog[open]");
    expect(await page.textContent(".import-summary")).toContain("2 of 2 events imported");
    const report = page.locator("dialog.import-dialog");
    expect(await report.getByRole("combobox", { name: "Title", exact: true }).inputValue()).toBe("name");
    expect(await report.getByRole("combobox", { name: "Date", exact: true }).inputValue()).toBe("date");
    await page.context().close();
  });
});

describe("text encodings", () => {
  it("a Windows-1252 CSV from Excel opens with its accents and curly quotes, and the report says how it was read", async () => {
    const { page, errors } = await open();
    const file = join(tmpdir(), "excel-1252.csv");
    // "Café naïve “quoted”" in Windows-1252: é E9, ï EF, “ 93, ” 94.
    const title = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94]);
    writeFileSync(file, Buffer.concat([Buffer.from("title,when,status,quote\n"), title, Buffer.from(",2019-01-18,happened,q\n")]));
    await chooseFile(page, file);
    expect(await page.textContent(".import-summary")).toContain("1 of 1 event imported");
    expect(await page.textContent(".issue-report")).toContain("is not UTF-8: read as Windows-1252");
    await page.click("text=Open this timeline");
    await page.getByRole("option", { name: /Café naïve “quoted”/ }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("files within the limits that cost a lot of work (tests/fixtures/makeHostileInputs.ts)", () => {
  it("?data= 20,000 events dated by eight-day EDTF sets: refused with a report of every problem's kind", async () => {
    const { page, errors } = await open("/?data=hostile/edtf-sets.json");
    expect(await page.getAttribute("#app", "data-state")).toBe("error");
    expect(await page.textContent('[role="alert"]')).toContain("edtf-sets.json could not be opened as Diplomacy Timeline JSON: 20,001 problems found.");
    expect(await page.textContent(".issue-report summary")).toBe("20,001 problems in " + `${appUrl}/hostile/edtf-sets.json`);
    expect(await page.textContent(".issue-report")).toMatch(/more problems of this kind, not listed one by one; the first: .*only the sets \[\.\.2019-02-28\]/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("?data= 60,000 events each naming 50 unknown actors: three million problems counted, a few listed", async () => {
    const { page, errors } = await open("/?data=hostile/unknown-actors.json");
    expect(await page.getAttribute("#app", "data-state")).toBe("error");
    expect(await page.textContent(".issue-report summary")).toBe("3,060,001 problems in " + `${appUrl}/hostile/unknown-actors.json`);
    const items = await page.locator(".issue-report li").allTextContents();
    expect(items.length).toBeLessThanOrEqual(60);
    expect(items.join("\n")).toMatch(/events\[\d+\]\.actors\[\d+\]: 2,9\d\d,\d{3} more problems of this kind, not listed one by one; the first: unknown actor/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("from article to timeline", () => {
  it("paste the BBC article, accept the candidates, see the timeline", async () => {
    const { page, errors } = await open();
    const article = readFileSync(new URL("../../data/sources/bbc-2019-01-18-trump-kim-second-summit.txt", import.meta.url), "utf8");
    await page.click(".data-menu summary");
    await page.click("text=New timeline from an article…");
    await page.fill(".article-dialog textarea", article);
    await page.fill('.article-dialog input[type="date"]', "2019-01-18");
    await page.fill(".article-dialog >> text=Publisher >> input", "BBC News");
    await page.click("text=Find events");
    await page.waitForSelector(".candidate-list .candidate");
    const phrases = await page.$$eval(".candidate .confidence", (els) => els.map((e) => e.textContent ?? ""));
    for (const phrase of ["last June", "last November", "on Friday", "by the end of February"]) {
      expect(phrases.some((p) => p.includes(phrase)), phrase).toBe(true);
    }
    await page.click("text=/^Open as timeline/");
    await page.waitForFunction(() => !document.querySelector("dialog.article-dialog[open]"));
    await waitForState(page, "ready");
    expect(await markCount(page)).toBeGreaterThanOrEqual(4);
    const names = await page.$$eval("[data-event-id] title", (ts) => ts.map((t) => t.textContent ?? ""));
    expect(names.some((n) => n.includes("June 2018"))).toBe(true);
    expect(names.some((n) => n.includes("by 28 February 2019"))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
