// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { App } from "../../src/app/App";
// The default view shows the bundled timeline as of its own day.
import { bundledAsOf as data } from "../fixtures/bundledAsOf";
import { isBroken, listEntries } from "../../src/library/libraryStore";

const houston = readFileSync(`${process.cwd()}/tests/fixtures/import/timelinejs-houston.json`, "utf8");
const marks = () => within(screen.getByRole("listbox", { name: "Events" })).queryAllByRole("option");

async function chooseFile(user: ReturnType<typeof userEvent.setup>, container: HTMLElement, name: string, text: string) {
  await user.click(screen.getByText("Data", { selector: "summary" }));
  // The menu's items load as it first opens.
  await screen.findByText("Open a file…");
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(input, new File([text], name, { type: "application/json" }));
  return screen.findByRole("dialog", undefined, { timeout: 15_000 });
}

describe("opening a file", () => {
  beforeEach(() => localStorage.clear());

  it("shows the report first; Cancel keeps the timeline, Open replaces it and it is kept for the next visit", async () => {
    const user = userEvent.setup();
    const { container, unmount } = render(<App search="" />);
    let dialog = await chooseFile(user, container, "houston.json", houston);
    expect(within(dialog).getByText(/18 of 18 events imported/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(marks()).toHaveLength(data.events.length);

    dialog = await chooseFile(user, container, "houston.json", houston);
    await user.click(within(dialog).getByRole("button", { name: "Open this timeline" }));
    await waitFor(() => expect(document.querySelector("h1")).toHaveTextContent(/Whitney Houston/), { timeout: 15_000 });
    // Kept in the library, and remembered as the one on screen.
    await waitFor(async () => expect((await listEntries()).map((e) => !isBroken(e) && e.title)).toEqual([expect.stringMatching(/Whitney Houston/)]), { timeout: 15_000 });
    await waitFor(() => expect(localStorage.length).toBe(1), { timeout: 15_000 });
    unmount();

    render(<App search="" />);
    await waitFor(() => expect(document.querySelector("h1")).toHaveTextContent(/Whitney Houston/), { timeout: 15_000 });
    await user.click(screen.getAllByRole("button", { name: "Back to the bundled timeline" })[0]);
    expect(document.querySelector("h1")).toHaveTextContent(/US–North Korea/);
    // Only the pointer to it is forgotten: it stays in the library.
    expect(localStorage.length).toBe(0);
    expect(await listEntries()).toHaveLength(1);
  });

  it("a file that cannot be used says why, in an alert, and offers only Close", async () => {
    const user = userEvent.setup();
    const { container } = render(<App search="" />);
    const dialog = await chooseFile(user, container, "notes.json", '{"hello": "world"}');
    expect(within(dialog).getByRole("alert")).toHaveTextContent(/Nothing imported/);
    expect(within(dialog).queryByRole("button", { name: "Open this timeline" })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(marks()).toHaveLength(data.events.length);
  });
});
