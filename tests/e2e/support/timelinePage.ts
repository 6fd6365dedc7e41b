import type { Page } from "playwright-core";

/** An event's mark in the chart. */
export const markOf = (page: Page, id: string) => page.locator(`svg.chart [data-event-id="${id}"]`);

/** The "As of" field of the what-was-known-when control. */
export const asOfField = (page: Page) => page.getByRole("group", { name: "What was known when" }).getByLabel("As of");
