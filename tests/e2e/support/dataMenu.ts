import type { FileChooser, Page } from "playwright-core";

/**
 * Data → Open a file…, and the browser's file chooser for it. The menu's items arrive with their
 * code as it first opens, and a notice can appear above the toolbar meanwhile (the library saving
 * the timeline just opened) and move the item under a click: a click that brought no chooser is
 * tried again, the menu opened again if it closed.
 */
export async function chooseFileFromDataMenu(page: Page, file: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (!(await page.locator("details.data-menu").evaluate((d) => (d as HTMLDetailsElement).open))) await page.click(".data-menu summary");
    const item = page.getByRole("button", { name: "Open a file…" });
    await item.waitFor();
    const chooser = page.waitForEvent("filechooser", { timeout: 5_000 }).catch(() => undefined);
    await item.click();
    const opened: FileChooser | undefined = await chooser;
    if (opened) return opened.setFiles(file);
    if (attempt === 3) throw new Error("Data → Open a file… brought no file chooser, three times");
  }
}
