import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";
import { chooseFileFromDataMenu } from "./support/dataMenu";

const appUrl = inject("appUrl");
const SMALL = new URL("./fixtures/small.json", import.meta.url).pathname;
const HOUSTON = new URL("../fixtures/import/timelinejs-houston.json", import.meta.url).pathname;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function newPage(context: BrowserContext, path = "/"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${appUrl}${path}`);
  await waitForState(page);
  return page;
}

/** Open a file through the Data menu, and wait until the library has saved it. */
async function openFile(page: Page, file: string, { saved = true } = {}) {
  const before = await page.evaluate(() => localStorage.getItem("diplomacy-timeline:current"));
  await chooseFileFromDataMenu(page, file);
  await page.waitForSelector("dialog.import-dialog[open]");
  await page.click("text=Open this timeline");
  // The pointer to the timeline on screen is written once the library holds it.
  if (saved) await page.waitForFunction((b) => (localStorage.getItem("diplomacy-timeline:current") ?? b) !== b, before);
}

const h1 = (page: Page) => page.textContent("h1");
/** The titles the Library lists, in order. */
const listed = (page: Page) => page.$$eval(".library-table tbody th", (cells) => cells.map((c) => c.firstChild?.textContent ?? ""));

async function toLibrary(page: Page) {
  await page.click(".data-menu summary");
  await page.click("text=Library: your timelines…");
  await page.waitForSelector(".library-table, .library-empty, .library-problem");
}

describe("the library", () => {
  it("open file A, visit ?data=other.json, Back to the bundled timeline: A is still in the library and opens", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await newPage(context);
    const errors = watchErrors(page);
    await openFile(page, HOUSTON);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("Whitney Houston"));
    await page.goto(`${appUrl}/?data=fixtures/small.json`);
    await waitForState(page, "ready");
    await page.click(".data-menu summary");
    await page.click(".data-menu-items >> text=Back to the bundled timeline");
    await expect.poll(() => h1(page)).toContain("US–North Korea");
    await page.goto(`${appUrl}/`);
    await waitForState(page, "ready");
    expect(await h1(page)).toContain("US–North Korea");
    await toLibrary(page);
    expect(await listed(page)).toEqual([expect.stringContaining("Whitney Houston")]);
    await page.click(".library-table >> text=Open");
    await expect.poll(() => h1(page)).toContain("Whitney Houston");
    expect(new URL(page.url()).searchParams.get("view")).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("rename, duplicate, delete and undo, all from the keyboard; axe finds nothing serious", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await newPage(context);
    await openFile(page, SMALL);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("A small test timeline"));
    await page.goto(`${appUrl}/?view=library`);
    await page.waitForSelector(".library-table");
    // The heading takes focus, so a screen reader starts at the page's name.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Your library");
    expect(await page.textContent(".library-table tbody tr")).toMatch(/A small test timeline.*1/);

    await page.focus("text=Rename");
    await page.keyboard.press("Enter");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("START I, renamed");
    await page.keyboard.press("Enter");
    await expect.poll(() => listed(page)).toEqual(["START I, renamed"]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Rename");

    await page.focus("text=Duplicate");
    await page.keyboard.press("Enter");
    await expect.poll(() => listed(page)).toEqual(["Copy of START I, renamed", "START I, renamed"]);

    const deleteButtons = page.locator(".library-table button", { hasText: "Delete" });
    await deleteButtons.first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => listed(page)).toEqual(["START I, renamed"]);
    expect(await page.textContent(".library-said")).toContain("Deleted “Copy of START I, renamed”.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Undo");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await expect.poll(() => listed(page)).toEqual(["Copy of START I, renamed", "START I, renamed"]);

    // Survives a reload, with the renamed title in the timeline itself.
    await page.reload();
    await page.waitForSelector(".library-table");
    expect(await listed(page)).toEqual(["Copy of START I, renamed", "START I, renamed"]);
    await page.locator(".library-table tbody tr", { hasText: /^START I, renamed/ }).locator("text=Open").click();
    await expect.poll(() => h1(page)).toContain("START I, renamed");
    await context.close();
  });

  it("the one timeline kept in localStorage by the older version moves into the library", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const text = JSON.stringify({ ...JSON.parse(readFileSync(SMALL, "utf8")), title: "Kept by the old version" });
    await context.addInitScript((kept) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("diplomacy-timeline:opened-dataset", JSON.stringify({ name: "old.json", text: kept, savedAt: "2025-01-01T00:00:00Z" }));
    }, text);
    const page = await newPage(context);
    await expect.poll(() => h1(page)).toContain("Kept by the old version");
    expect(await page.evaluate(() => localStorage.getItem("diplomacy-timeline:opened-dataset"))).toBeNull();
    await toLibrary(page);
    expect(await listed(page)).toEqual(["Kept by the old version"]);
    await context.close();
  });

  it("a full disk: a clear alert, the timeline stays on screen, and nothing saved before is lost", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // A full disk, as the browser reports it: every write refused with a QuotaExceededError.
    await context.addInitScript(() => {
      for (const method of ["add", "put"] as const) {
        const write = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof write>) {
          if ((window as { fullDisk?: boolean }).fullDisk) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return write.apply(this, args);
        };
      }
    });
    const page = await newPage(context);
    await openFile(page, SMALL);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("A small test timeline"));
    await toLibrary(page);
    expect(await listed(page)).toEqual(["A small test timeline"]);
    await page.click("text=Back to the timeline");
    await page.evaluate(() => ((window as { fullDisk?: boolean }).fullDisk = true));
    await openFile(page, HOUSTON, { saved: false });
    await page.waitForSelector(".library-notice[role=alert]");
    expect(await page.textContent(".library-notice")).toMatch(/not saved in your library: the browser’s storage for this site is full.*What is on screen stays/);
    expect(await h1(page)).toContain("Whitney Houston");
    await toLibrary(page);
    expect(await listed(page)).toEqual(["A small test timeline"]);
    await context.close();
  });

  it("a database the browser refuses: a clear alert, the timeline stays on screen", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      };
    });
    const page = await newPage(context);
    const errors = watchErrors(page);
    await openFile(page, SMALL, { saved: false });
    await page.waitForSelector(".library-notice[role=alert]");
    expect(await page.textContent(".library-notice")).toMatch(/not saved in your library: this browser does not let the page keep data/);
    expect(await h1(page)).toContain("A small test timeline");
    await toLibrary(page);
    await page.waitForSelector(".library-problem[role=alert]");
    expect(await page.textContent(".library-problem")).toMatch(/library could not be opened.*Nothing in it was deleted/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("two tabs on one timeline: the other tab says it is out of date and shows the latest", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await newPage(context);
    await openFile(first, SMALL);
    await first.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("A small test timeline"));
    // The second tab reopens it (the pointer to the timeline on screen is shared for a new tab).
    const second = await newPage(context);
    await expect.poll(() => h1(second)).toContain("A small test timeline");
    // Renamed in the first tab's library: the second tab is told, and catches up.
    await toLibrary(first);
    await first.click("text=Rename");
    await first.fill(".library-rename input", "Renamed in the first tab");
    await first.keyboard.press("Enter");
    await expect.poll(() => listed(first)).toEqual(["Renamed in the first tab"]);
    await second.waitForSelector(".library-notice[role=status]");
    expect(await second.textContent(".library-notice")).toMatch(/changed in another tab.*out of date/);
    await second.click("text=Show the latest version");
    await expect.poll(() => h1(second)).toContain("Renamed in the first tab");
    await context.close();
  });
});
