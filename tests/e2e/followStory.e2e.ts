import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { asOfField, markOf } from "./support/timelinePage";
import { launchBrowser, waitForState, watchErrors } from "./support/browser";

const appUrl = inject("appUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());


describe("what was known when", () => {
  it("moving the as-of control from 18 January to 1 March 2019 shows the summit's outcome, connected to the plan; a reload keeps the day", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${appUrl}/`);
    await waitForState(page, "ready");

    // As of 18 January: the summit is a planned window, and its outcome is not known yet.
    expect(await asOfField(page).inputValue()).toBe("18 Jan 2019");
    expect(await page.textContent(".as-of text")).toContain("18 Jan 2019");
    expect(await markOf(page, "second-summit").getAttribute("class")).toMatch(/mark--deadline.*status--planned/);
    expect(await markOf(page, "hanoi-summit").count()).toBe(0);
    expect(await page.locator(".event-link").count()).toBe(0);
    // The sources of later reports are not counted yet.
    expect(await page.textContent(".credit")).toContain("exact days from 12 further sources");

    // The next report (28 February), then any day typed: 1 March.
    await page.getByRole("button", { name: "Later report" }).click();
    expect(await asOfField(page).inputValue()).toBe("28 Feb 2019");
    await asOfField(page).fill("1 March 2019");
    await expect.poll(() => new URL(page.url()).searchParams.get("asof")).toBe("2019-03-01");
    const check = async () => {
      expect(await page.textContent(".as-of text")).toContain("1 Mar 2019");
      expect(await page.textContent(".credit")).toContain("exact days from 14 further sources");
      expect(await markOf(page, "hanoi-summit").getAttribute("class")).toMatch(/mark--span.*status--happened/);
      // The plan stays as it was reported, and a connector joins it to its outcome.
      expect(await markOf(page, "second-summit").getAttribute("class")).toMatch(/mark--deadline.*status--planned/);
      const link = page.locator('.event-link[data-from="hanoi-summit"][data-to="second-summit"]');
      expect(await link.count()).toBe(1);
      expect(await link.locator("path").getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+/);
    };
    await check();
    await markOf(page, "hanoi-summit").click();
    const followUp = page.getByRole("region", { name: "Plan and outcome" });
    expect((await followUp.textContent())?.replace(/\s+/g, " ")).toMatch(
      /Planned \(BBC News, 18 Jan 2019\): by the end of February: Second Trump–Kim summit → Happened \(VnExpress International, 28 Feb 2019\): 27 February 2019 – 28 February 2019, Hanoi: Hanoi summit ends without agreement/,
    );

    await page.reload();
    await waitForState(page, "ready");
    expect(await asOfField(page).inputValue()).toBe("1 Mar 2019");
    await check();

    // Back to the report of 18 January with the keyboard: the outcome goes again.
    await page.getByRole("button", { name: "Earlier report" }).focus();
    await page.keyboard.press("Enter");
    expect(await asOfField(page).inputValue()).toBe("28 Feb 2019");
    await page.keyboard.press("Enter");
    expect(await asOfField(page).inputValue()).toBe("18 Jan 2019");
    expect(await markOf(page, "hanoi-summit").count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("asof")).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the presentation's step on the outcome, as of 1 March, shows the plan beside it and the line between them, even on a 1280 × 720 projector", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${appUrl}/?mode=present&step=8`);
    await page.waitForSelector(".present svg.chart");
    const hanoi = page.locator('svg.chart [data-event-id="hanoi-summit"]');
    const plan = page.locator('svg.chart [data-event-id="second-summit"]');
    await expect.poll(() => plan.count()).toBe(1);
    expect(await hanoi.count()).toBe(1);
    expect(await page.locator('.event-link[data-from="hanoi-summit"][data-to="second-summit"]').count()).toBe(1);
    // The plan is part of this step, though later in date order: drawn in full, with its title.
    expect(await plan.getAttribute("class")).not.toMatch(/is-muted/);
    expect(await plan.textContent()).toContain("Second Trump–Kim summit");
    // Both above the lanes' crowd, one over the other, and inside the chart's box.
    const [a, b, chart] = await Promise.all([hanoi.boundingBox(), plan.boundingBox(), page.locator(".present svg.chart").boundingBox()]);
    for (const box of [a!, b!]) expect(box.y + box.height).toBeLessThanOrEqual(chart!.y + chart!.height);
    expect(errors).toEqual([]);
    await page.close();
  });
});
