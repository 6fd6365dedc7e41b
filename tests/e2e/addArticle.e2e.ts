import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { asOfField, markOf } from "./support/timelinePage";
import { launchBrowser, seriousAxeViolations, waitForState, watchErrors } from "./support/browser";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const OUTCOME = "the-second-summit-held-in-hanoi";

// A follow-up written for this test from what the reports of 28 February 2019 said (not a real article).
const FOLLOW_UP = `Hanoi summit ends without a deal
The second summit between Donald Trump and Kim Jong-un, held in Hanoi on 27 and 28 February, ended without an agreement, the White House said.
Mr Trump and Mr Kim first met in Singapore last June.
Negotiators from both sides are expected to meet again in March.`;

describe("Add an article to a timeline", () => {
  it("a follow-up's outcome for the second summit shows as of 1 March, linked to the plan, and the day stays after a reload", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The bundled timeline already has the Hanoi outcome: it is deleted first, so the timeline is
    // as it stood on 18 January and the outcome comes from the article.
    await page.goto(`${appUrl}/?asof=2019-03-01`);
    await waitForState(page, "ready");
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await page.getByRole("toolbar", { name: "Editing" }).waitFor();
    await markOf(page, "hanoi-summit").click();
    await page.getByRole("button", { name: "Delete event" }).click();
    await expect.poll(() => markOf(page, "hanoi-summit").count()).toBe(0);
    await asOfField(page).fill("2019-01-18");
    await expect.poll(() => new URL(page.url()).searchParams.get("asof")).toBeNull();

    // From the Data menu, by keyboard.
    await page.locator(".data-menu summary").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Add an article to this timeline…" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Add an article to this timeline" });
    await dialog.waitFor();
    expect(await seriousAxeViolations(page, ".editor-dialog")).toEqual([]);
    // Nothing given: the form says what is missing, and the first such field takes the focus.
    await dialog.getByRole("button", { name: "Find events" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id && document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent)).toBe("Article text");
    await page.keyboard.insertText(FOLLOW_UP);
    await dialog.getByLabel("Publisher").fill("Test Wire");
    await dialog.getByLabel("Published on").fill("2019-03-01");
    await dialog.getByLabel("Link (https://…)").fill("javascript:alert(1)");
    await dialog.getByRole("button", { name: "Find events" }).click();
    await expect.poll(() => dialog.textContent()).toMatch(/must be an http:\/\/ or https:\/\/ address/);
    await dialog.getByLabel("Link (https://…)").fill("https://example.org/hanoi-follow-up");
    await dialog.getByRole("button", { name: "Find events" }).focus();
    await page.keyboard.press("Enter");

    const rows = dialog.locator(".match-list > li");
    await expect.poll(() => rows.count()).toBe(3);
    const outcomeRow = rows.filter({ hasText: "held in Hanoi on 27 and 28 February" });
    expect(await outcomeRow.locator(".match-action").textContent()).toBe(
      "Status: planned → happened for ‘Second Trump–Kim summit’: added as its outcome, 27 February 2019 – 28 February 2019, linked to the plan",
    );
    expect(await outcomeRow.getByRole("checkbox", { name: "Accept" }).isChecked()).toBe(true);
    expect(await rows.filter({ hasText: "Singapore last June" }).locator(".match-action").textContent()).toBe("New evidence for ‘Trump and Kim meet in Singapore’");
    // The third is about something else: a new event, which the reviewer leaves out here.
    const other = rows.filter({ hasText: "meet again in March" });
    expect(await other.locator(".match-action").textContent()).toMatch(/^New event: /);
    await other.getByRole("checkbox", { name: "Accept" }).focus();
    await page.keyboard.press("Space");
    expect(await other.getByRole("checkbox", { name: "Accept" }).isChecked()).toBe(false);
    // The matched event can be changed: to a new event, and back.
    const choice = outcomeRow.getByRole("combobox", { name: "Tells of" });
    await choice.selectOption("");
    expect(await outcomeRow.locator(".match-action").textContent()).toMatch(/^New event: /);
    await choice.selectOption("second-summit");
    expect(await outcomeRow.locator(".match-action").textContent()).toMatch(/^Status: planned → happened/);
    expect(await seriousAxeViolations(page, ".editor-dialog")).toEqual([]);
    await dialog.getByRole("button", { name: "Add to timeline (2 of 3)" }).click();
    await dialog.waitFor({ state: "detached" });
    // The timeline is still shown as of 18 January: the bar says where to look.
    expect(await page.textContent(".edit-bar-note")).toMatch(/Added the Test Wire article of 1 March 2019: 2 changes\. The timeline is shown as of 18 January 2019: move “As of” to 1 March 2019 or later/);

    // As of 18 January: the summit is a planned window, its outcome not known yet.
    expect(await markOf(page, "second-summit").getAttribute("class")).toMatch(/mark--deadline.*status--planned/);
    expect(await markOf(page, OUTCOME).count()).toBe(0);
    expect(await page.locator(".event-link").count()).toBe(0);

    // As of 1 March: the outcome, a happened span, joined to the plan.
    await asOfField(page).fill("2019-03-01");
    await expect.poll(() => new URL(page.url()).searchParams.get("asof")).toBe("2019-03-01");
    // Now shown, the note no longer sends the reader elsewhere.
    expect(await page.textContent(".edit-bar-note")).toBe("Added the Test Wire article of 1 March 2019: 2 changes.");
    const check = async () => {
      expect(await markOf(page, OUTCOME).getAttribute("class")).toMatch(/mark--span.*status--happened/);
      expect(await markOf(page, "second-summit").getAttribute("class")).toMatch(/mark--deadline.*status--planned/);
      const link = page.locator(`.event-link[data-from="${OUTCOME}"][data-to="second-summit"]`);
      expect(await link.count()).toBe(1);
      expect(await link.locator("path").getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+/);
    };
    await check();
    await markOf(page, OUTCOME).click();
    const followUp = page.getByRole("region", { name: "Plan and outcome" });
    expect((await followUp.textContent())?.replace(/\s+/g, " ")).toMatch(/Planned \(BBC News, 18 Jan 2019\): by the end of February: Second Trump–Kim summit → Happened \(Test Wire, 1 Mar 2019\)/);

    // The whole article is one change: one Undo takes it back, Redo brings it again.
    const undo = page.getByRole("button", { name: "Undo" });
    expect(await undo.getAttribute("title")).toMatch(/^Undo: Added the Test Wire article of 1 March 2019/);
    await undo.click();
    await expect.poll(() => markOf(page, OUTCOME).count()).toBe(0);
    expect(await markOf(page, "hanoi-summit").count()).toBe(0);
    await page.getByRole("button", { name: "Redo" }).click();
    await expect.poll(() => markOf(page, OUTCOME).count()).toBe(1);

    // The edit was saved with the timeline; the address keeps the day.
    await page.reload();
    await waitForState(page, "ready");
    expect(await asOfField(page).inputValue()).toBe("1 Mar 2019");
    await expect.poll(() => markOf(page, OUTCOME).count()).toBe(1);
    await check();

    expect(errors).toEqual([]);
    await context.close();
  });
});
