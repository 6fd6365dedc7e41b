import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";
import data from "../../data/events.json";
import { bundledAsOf } from "../fixtures/bundledAsOf";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The steps the bundled data presents: its story, or every event by date. */
const storySteps: string[] = ((data as { story?: { steps: { event: string }[] } }).story?.steps ?? []).map((s) => s.event);
const titleOf = (id: string) => data.events.find((e) => e.id === id)!.title;

async function shownStep(page: Page) {
  const progress = (await page.textContent(".present-progress [aria-hidden]"))!.replace(/\s+/g, " ").trim();
  const [position, count] = progress.split(" / ").map(Number);
  return { position, count, title: (await page.textContent("#present-title"))!.trim() };
}
/** Open a page of the app and wait for it, and for the presentation modes, which load on demand. */
async function open(page: Page, path: string) {
  await page.goto(`${appUrl}/${path}`);
  await waitForState(page, "ready");
  const mode = new URLSearchParams(path.replace(/^[^?]*/, "")).get("mode");
  if (mode === "present") await page.waitForSelector(".present-controls");
  if (mode === "presenter") await page.waitForSelector(".presenter-controls");
}
const stepInUrl = (page: Page) => new URL(page.url()).searchParams.get("step");
/** The URL follows the step shown: it is written in an effect, which may run a frame after the step is drawn. */
const expectStepInUrl = (page: Page, step: number, message?: string) => expect.poll(() => stepInUrl(page), { message }).toBe(String(step));
const waitForStep = (page: Page, position: number) => page.waitForFunction((p) => document.querySelector(".present")?.getAttribute("data-step") === String(p), position, { timeout: 5000 });

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe("presentation mode", () => {
  it("keys and clicker keys move through the steps, the URL follows, a reload keeps the place, Escape goes back to exploring", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await open(page, "?mode=present");
    const first = await shownStep(page);
    const count = storySteps.length || data.events.length;
    expect(first).toEqual({ position: 1, count, title: titleOf(storySteps[0]) });
    await expectStepInUrl(page, 1);

    const presses: [string, number][] = [
      ["ArrowRight", 2],
      ["Space", 3],
      ["PageDown", 4], // a clicker's "next"
      ["PageUp", 3], // a clicker's "previous"
      ["ArrowLeft", 2],
      ["End", count],
      ["ArrowRight", count], // stops at the end
      ["Home", 1],
      ["PageUp", 1], // and at the start
    ];
    for (const [key, position] of presses) {
      await page.keyboard.press(key);
      await waitForStep(page, position);
      await expectStepInUrl(page, position, key);
    }

    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await waitForStep(page, 3);
    const third = storySteps[2];
    expect((await shownStep(page)).title).toBe(titleOf(third));
    // The current event is selected on the chart; the ones after it are drawn faintly.
    expect(await page.getAttribute(`.present [data-event-id="${third}"]`, "aria-selected")).toBe("true");
    expect(await page.$$eval(".present .mark.is-muted", (els) => els.length)).toBeGreaterThan(0);
    expect(await page.textContent(".present [aria-live=polite]")).toContain(`Step 3 of ${count}: ${titleOf(third)}`);

    await page.reload();
    await waitForState(page, "ready");
    await page.waitForSelector(".present-controls");
    expect(await shownStep(page)).toMatchObject({ position: 3, title: titleOf(third) });

    await page.keyboard.press("Escape");
    await page.waitForSelector(`.chart-frame [data-event-id="${third}"][aria-selected="true"]`);
    const url = new URL(page.url());
    expect(url.searchParams.get("mode")).toBeNull();
    expect(url.searchParams.get("step")).toBeNull();
    expect(url.searchParams.get("event")).toBe(third);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("starts from explore at the selected event, swipes, hides later events, and survives F where full screen is refused", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await open(page, "");
    await page.click('.chart-frame [data-event-id="singapore-summit"]');
    await page.click("button:has-text('Present')");
    await page.waitForSelector(".present-controls");
    const index = storySteps.indexOf("singapore-summit");
    expect(await shownStep(page)).toMatchObject({ position: index + 1, title: titleOf("singapore-summit") });

    // A swipe to the left, off the chart, is "next".
    await page.evaluate(() => {
      const panel = document.querySelector(".present-panel")!;
      const at = (type: string, x: number) => panel.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: "touch", pointerId: 7, clientX: x, clientY: 600 }));
      at("pointerdown", 900);
      at("pointerup", 600);
    });
    await waitForStep(page, index + 2);

    await page.check("text=Hide later events");
    expect(new URL(page.url()).searchParams.get("reveal")).toBe("hide");
    expect(await page.$$eval(".present .mark.is-muted", (els) => els.length)).toBe(0);
    const shownIds = await page.$$eval(".present [data-event-id]", (els) => els.map((e) => e.getAttribute("data-event-id")));
    expect(shownIds).not.toContain("second-summit");

    await page.keyboard.press("f");
    await page.waitForFunction(() => document.fullscreenElement !== null || document.querySelector(".present-message") !== null);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the presenter window and the projected window stay in step, both ways", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await open(page, "?mode=present&step=2");
    const [presenter] = await Promise.all([context.waitForEvent("page"), page.click("button:has-text('Presenter view')")]);
    await waitForState(presenter, "ready");
    await presenter.waitForSelector(".presenter-controls");
    const presenterStep = () => presenter.textContent("#presenter-now-heading");
    expect(await presenterStep()).toContain("step 2 of");
    expect(await presenter.textContent(".presenter-now")).toContain(titleOf(storySteps[1]));
    expect(await presenter.textContent(".presenter-next")).toContain(titleOf(storySteps[2]));
    expect(await presenter.textContent(".presenter-notes")).toMatch(/\w/);
    await presenter.waitForFunction(() => document.querySelector(".presenter-link")?.textContent?.includes("In step"));

    // The projected window moves: the presenter follows.
    await page.bringToFront();
    await page.keyboard.press("ArrowRight");
    await presenter.waitForFunction(() => document.querySelector("#presenter-now-heading")?.textContent?.includes("step 3 of"));

    // The presenter moves (button, then clicker key): the projected window follows, URL and all.
    await presenter.bringToFront();
    await presenter.click("button:has-text('Next')");
    await waitForStep(page, 4);
    await expectStepInUrl(page, 4);
    await presenter.keyboard.press("PageDown");
    await waitForStep(page, 5);
    expect((await shownStep(page)).title).toBe(titleOf(storySteps[4]));
    await expectStepInUrl(presenter, 5);
    await context.close();
  });

  it("has no serious or critical accessibility violations (presentation, later events hidden, presenter view)", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await open(page, "?mode=present&step=3");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await open(page, "?mode=present&step=7&reveal=hide");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await open(page, "?mode=presenter&step=2");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("projector sizes: body text at least 24 px at 1920 × 1080, and everything on one screen at 1280 × 720", async () => {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      const page = await browser.newPage({ viewport });
      await open(page, "?mode=present&step=3");
      const sizes = await page.evaluate(() => {
        const px = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`no ${selector} in ${document.body.innerHTML.slice(0, 3000)}`);
          return parseFloat(getComputedStyle(element).fontSize);
        };
        return { title: px(".present-title"), quote: px(".present-quote"), source: px(".present-source"), controls: px(".present-controls"), scrollHeight: document.documentElement.scrollHeight };
      });
      if (viewport.width === 1920) {
        expect(sizes.quote).toBeGreaterThanOrEqual(24);
        expect(sizes.source).toBeGreaterThanOrEqual(24);
        expect(sizes.controls).toBeGreaterThanOrEqual(24);
        expect(sizes.title).toBeGreaterThanOrEqual(48);
      }
      expect(sizes.scrollHeight).toBeLessThanOrEqual(viewport.height);
      await page.close();
    }
  });
});

describe("readable from the back row, and on a phone", () => {
  /** Every text a reader sees in the view, with its size as rendered (font size times any scaling of the chart). */
  const renderedTexts = (page: Page) =>
    page.evaluate(() => {
      const scaleOf = (element: Element) => {
        let scale = 1;
        for (let e: Element | null = element; e; e = e.parentElement) {
          const transform = getComputedStyle(e).transform;
          if (transform && transform !== "none") scale *= new DOMMatrix(transform).a;
        }
        return scale;
      };
      return [...document.querySelectorAll(".present *, .presenter *")]
        .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ""))
        .filter((e) => !e.closest(".visually-hidden") && e.getBoundingClientRect().width > 0)
        .map((e) => ({ text: e.textContent!.trim().slice(0, 40), px: parseFloat(getComputedStyle(e).fontSize) * scaleOf(e), inCard: e.closest(".present-panel") !== null }));
    });

  it("at 1920 × 1080 every text the audience sees, chart labels and axis included, is at least 20 px, the card's at least 24 px", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await open(page, "?mode=present&step=3");
    const texts = await renderedTexts(page);
    expect(texts.length).toBeGreaterThan(20);
    const small = texts.filter((t) => t.px < (t.inCard ? 24 : 20) - 0.05);
    expect(small).toEqual([]);
    await page.close();
  });

  it.each([
    ["present", 390, 844],
    ["present", 768, 1024],
    ["presenter", 390, 844],
    ["presenter", 768, 1024],
  ])("%s at %i × %i: nothing runs off the right edge", async (mode, width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await open(page, `?mode=${mode}&step=3`);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out = [...document.querySelectorAll(".present-bar *, .present-panel *, .present-controls *, .present-keys, .presenter *")]
        .filter((e) => !e.closest(".visually-hidden") && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > width + 0.5)
        .map((e) => `${e.className || e.tagName}: ${e.textContent?.trim().slice(0, 30)}`);
      return { scroll: document.documentElement.scrollWidth - width, out };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(0);
    expect(overflow.out).toEqual([]);
    await page.close();
  });
});

describe("handout and images", () => {
  it("prints the whole chronology with the chart and legend: every title, on A4 and on Letter", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await open(page, "");
    await page.emulateMedia({ media: "print" });
    await page.waitForSelector(".print-handout .handout-chart svg.chart-picture");
    const handout = (await page.textContent(".print-handout"))!;
    // The handout prints the view: the bundled timeline as of its own day.
    for (const event of bundledAsOf.events) expect(handout, event.id).toContain(event.title);
    // The chart prints as a still picture of every event, with its legend and the credit; the page
    // keeps one set of event marks to focus (the handout's carry no ids and take no focus).
    expect(await page.locator(".handout-chart .mark").count()).toBe(bundledAsOf.events.length);
    expect(await page.locator(".print-handout [data-event-id], .print-handout [tabindex]").count()).toBe(0);
    expect(await page.textContent(".handout-chart .legend")).toContain("By a deadline");
    expect(handout).toContain("Source: BBC News");
    // Only the handout prints: the interactive chart is hidden.
    expect(await page.isVisible(".chart-frame")).toBe(false);

    const a4 = await page.pdf({ format: "A4", printBackground: true });
    const letter = await page.pdf({ format: "Letter", printBackground: true });
    expect(a4.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = { a4: pdfPageCount(a4), letter: pdfPageCount(letter) };
    console.info(`handout pages: A4 ${pages.a4}, Letter ${pages.letter}`);
    expect(pages.a4).toBeGreaterThanOrEqual(2);
    expect(pages.a4).toBeLessThanOrEqual(15);
    expect(pages.letter).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the handout printed from a presentation has every event of its filter too", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await open(page, "?mode=present&step=2&categories=summit");
    await page.emulateMedia({ media: "print" });
    await page.waitForSelector(".print-handout .handout-chart svg.chart-picture");
    const titles = await page.$$eval(".handout-event h3", (els) => els.map((e) => e.textContent));
    expect(titles).toEqual(data.events.filter((e) => e.category === "summit").map((e) => e.title));
    expect(await page.isVisible(".present")).toBe(false);
    await page.close();
  });

  it("Download PNG has the requested pixel size; Download SVG has it too, with legend and credit", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await open(page, "");
    await page.click(".export-menu summary");
    await page.getByLabel("Width (px)").fill("1600");
    await page.getByLabel("Height (px)").fill("900");
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("button:has-text('Download PNG')")]);
    expect(png.suggestedFilename()).toMatch(/-1600x900\.png$/);
    expect(pngSize(await readFile((await png.path())!))).toEqual({ width: 1600, height: 900 });

    await page.getByLabel("Size", { exact: true }).selectOption({ label: "Slide, 1920 × 1080" });
    const [slidePng] = await Promise.all([page.waitForEvent("download"), page.click("button:has-text('Download PNG')")]);
    expect(pngSize(await readFile((await slidePng.path())!))).toEqual({ width: 1920, height: 1080 });

    const [svg] = await Promise.all([page.waitForEvent("download"), page.click("button:has-text('Download SVG')")]);
    const text = await readFile((await svg.path())!, "utf8");
    expect(text).toMatch(/^<svg[^>]* width="1920" height="1080"/);
    for (const words of ["Source: BBC News", "Colour: category", "Exact day", "Publication date"]) expect(text).toContain(words);
    expect(text).not.toContain("data-event-id");
    expect(await page.textContent(".export-message")).toContain("Saved");
    expect(errors).toEqual([]);
    await page.close();
  });
});
