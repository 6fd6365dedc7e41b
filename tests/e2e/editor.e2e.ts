import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path = "/"): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${appUrl}${path}`);
  await waitForState(page, "ready");
  return { page, errors };
}

const markCount = (page: Page) => page.locator(".chart [data-event-id]").count();
const markNames = (page: Page) => page.$$eval(".chart [data-event-id] > title", (els) => els.map((e) => e.textContent).sort());

/** Fills the event editor and adds the event; checks the date as the editor reads it back. */
async function addEvent(page: Page, title: string, date: string, words: string, edtf: string) {
  await page.getByRole("toolbar", { name: "Editing" }).getByRole("button", { name: "Add event" }).click();
  const dialog = page.getByRole("dialog", { name: "New event" });
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Date", { exact: true }).fill(date);
  await expect.poll(() => dialog.locator(".date-reading").textContent()).toBe(`${words} · stored as ${edtf}`);
  await dialog.getByLabel("Quote (copied from the source)").fill(`A sentence about ${title.toLowerCase()}.`);
  await dialog.getByRole("button", { name: "Add event" }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("editing in the app", () => {
  it("builds a three-event timeline from nothing (day, month and deadline dates), keeps it across a reload, and undoes and redoes", async () => {
    const { page, errors } = await open();
    await page.click(".data-menu summary");
    await page.getByRole("button", { name: "New timeline…" }).click();
    const create = page.getByRole("dialog", { name: "New timeline" });
    await create.getByLabel("Title").fill("Talks, step by step");
    await create.getByLabel("Publisher").fill("BBC News");
    await create.getByLabel("Headline").fill("Trump to meet Kim again");
    await create.getByLabel("Published (YYYY-MM-DD)").fill("2019-03-01");
    await create.getByRole("button", { name: "Create timeline" }).click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Talks, step by step");
    expect(await markCount(page)).toBe(0);

    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await addEvent(page, "Singapore summit", "12 June 2018", "12 June 2018", "2018-06-12");
    // The new event is selected, and focus is back on the editing bar.
    await expect.poll(() => page.textContent("#details-title")).toBe("Singapore summit");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Add event");
    await addEvent(page, "Missile site dismantled", "June 2018", "June 2018", "2018-06");
    await addEvent(page, "Denuclearisation deadline", "by the end of February 2019", "by 28 February 2019", "[..2019-02-28]");
    await expect.poll(() => markCount(page)).toBe(3);
    expect((await markNames(page)).join(" | ")).toMatch(/Denuclearisation deadline, by 28 February 2019.*Missile site dismantled, June 2018.*Singapore summit, 12 June 2018/);

    // Undo and redo, by keys (focus on the editing bar, not in a text field) and by buttons.
    await page.getByRole("button", { name: "Timeline settings" }).focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => markCount(page)).toBe(2);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => markCount(page)).toBe(3);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => markCount(page)).toBe(1);
    await page.getByRole("button", { name: "Redo" }).click();
    await page.getByRole("button", { name: "Redo" }).click();
    await expect.poll(() => markCount(page)).toBe(3);
    expect(await page.getByRole("button", { name: "Redo" }).isDisabled()).toBe(true);

    await page.reload();
    await waitForState(page, "ready");
    expect(await page.textContent("h1")).toBe("Talks, step by step");
    await expect.poll(() => markCount(page)).toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("an invalid event is not saved: the errors show beside the fields, in the validator's words", async () => {
    const { page, errors } = await open();
    const before = await markCount(page);
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await page.getByRole("toolbar", { name: "Editing" }).getByRole("button", { name: "Add event" }).click();
    const dialog = page.getByRole("dialog", { name: "New event" });
    await dialog.getByLabel("Date", { exact: true }).fill("whenever");
    await dialog.getByRole("button", { name: "Add event" }).click();
    await expect.poll(() => dialog.getByRole("alert").textContent()).toMatch(/problems to fix before this can be saved/);
    expect(await dialog.textContent()).toContain("must not be empty");
    expect(await dialog.textContent()).toContain("is not a date this app can read");
    expect(await dialog.getByLabel("Title").getAttribute("aria-invalid")).toBe("true");
    // The first field with an error has focus, so its message is read out.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true");
    expect(await seriousAxeViolations(page, ".editor-dialog")).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await markCount(page)).toBe(before);
    // Focus goes back to the button that opened the editor.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Add event");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("edits from the details panel, moves a date with Alt+arrow and by dragging its mark, and deletes with undo", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await page.getByRole("toolbar", { name: "Editing" }).waitFor();
    const mark = page.locator('.chart [data-event-id="panmunjom-summit"]');
    await mark.click();
    await page.getByRole("button", { name: "Edit event" }).click();
    const dialog = page.getByRole("dialog", { name: /Edit “Kim crosses into the South/ });
    expect(await dialog.getByLabel("Date", { exact: true }).inputValue()).toBe("27 April 2018");
    await dialog.getByLabel("Title").fill("Kim crosses at Panmunjom");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.textContent("#details-title")).toBe("Kim crosses at Panmunjom");

    // Keyboard: Alt+→ on the focused mark moves it one day (its precision).
    await mark.focus();
    await page.keyboard.press("Alt+ArrowRight");
    await expect.poll(() => mark.locator("title").textContent()).toMatch(/28 April 2018/);

    // Pointer: a drag of a few days' width to the right; a plain click still selects.
    const box = (await mark.locator(".mark-shape").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => mark.locator("title").textContent()).not.toMatch(/28 April 2018/);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => mark.locator("title").textContent()).toMatch(/28 April 2018/);

    await mark.click();
    await page.getByRole("button", { name: "Delete event" }).click();
    await expect.poll(() => mark.count()).toBe(0);
    // Focus goes to the editing bar, where Undo is.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest("[role=toolbar]")?.getAttribute("aria-label"))).toBe("Editing");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => mark.count()).toBe(1);

    // Timeline settings by keyboard: move the second story step up, save; axe finds nothing serious.
    await page.getByRole("button", { name: "Timeline settings" }).click();
    const settings = page.getByRole("dialog", { name: "Timeline settings" });
    expect(await seriousAxeViolations(page, ".editor-dialog")).toEqual([]);
    await settings.getByRole("button", { name: /^Move step 2 .* up$/ }).focus();
    await page.keyboard.press("Enter");
    expect(await settings.getByRole("combobox", { name: "Step 1: event" }).inputValue()).toBe("panmunjom-summit");
    await settings.getByRole("button", { name: "Save settings" }).click();
    await settings.waitFor({ state: "detached" });
    expect(await seriousAxeViolations(page, ".edit-bar")).toEqual([]);

    // "Add an event here": the chart's context menu opens a new event on the day under the pointer
    // (the middle of the chart's frame, below the axis that stays at its top).
    await page.locator(".chart-frame").scrollIntoViewIfNeeded();
    const frame = (await page.locator(".chart-frame").boundingBox())!;
    await page.mouse.click(frame.x + frame.width / 2, frame.y + frame.height / 2, { button: "right" });
    const added = page.getByRole("dialog", { name: "New event" });
    expect(await added.getByLabel("Date", { exact: true }).inputValue()).toMatch(/^\d{1,2} \w+ 20\d\d$/);
    await added.getByRole("button", { name: "Cancel" }).click();

    // The edited bundled timeline is the reader's own copy now: it survives a reload.
    await page.reload();
    await waitForState(page, "ready");
    await expect.poll(() => page.locator('.chart [data-event-id="panmunjom-summit"] > title').textContent()).toMatch(/^Kim crosses at Panmunjom, 28 April 2018/);
    expect(await page.textContent(".data-notice")).toMatch(/which you opened/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
