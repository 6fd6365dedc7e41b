// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { App } from "../../src/app/App";
import { DetailsPanel } from "../../src/components/DetailsPanel";
import { makeTimeline } from "../fixtures/makeTimeline";

const worldCup = readFileSync(`${process.cwd()}/tests/fixtures/import/vis-world-cup.json`, "utf8");

async function chooseFile(user: ReturnType<typeof userEvent.setup>, container: HTMLElement) {
  await user.click(screen.getByText("Data", { selector: "summary" }));
  // The menu's items load as it first opens.
  await screen.findByText("Open a file…");
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(input, new File([worldCup], "world-cup.json", { type: "application/json" }));
  return screen.findByRole("dialog", undefined, { timeout: 15_000 });
}

describe("choosing a file's title field in the import report", () => {
  beforeEach(() => localStorage.clear());

  it("offers the file's fields; a choice reads the file again and is remembered for files of that shape", async () => {
    const user = userEvent.setup();
    const { container, unmount } = render(<App search="" />);
    let dialog = await chooseFile(user, container);
    const title = within(dialog).getByRole("combobox", { name: "Title" });
    expect(title).toHaveValue("home");
    expect(within(title).getAllByRole("option").map((o) => o.textContent)).toContain("venue");
    await user.selectOptions(title, "venue");
    await waitFor(() => expect(within(dialog).getByRole("combobox", { name: "Title" })).toHaveValue("venue"), { timeout: 15_000 });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    unmount();

    const again = render(<App search="" />);
    dialog = await chooseFile(user, again.container);
    expect(within(dialog).getByRole("combobox", { name: "Title" })).toHaveValue("venue");
  });
});

describe("other fields in the details", () => {
  it("are shown as text, never as HTML, and only http(s) addresses are links", () => {
    const timeline = makeTimeline([{ fields: { score: "3–1", note: "<img src=x onerror=alert(1)>", report: "https://example.com/match", trick: "javascript:alert(1)" } }]);
    const event = timeline.events[0];
    render(<DetailsPanel event={event} timeline={timeline} onClose={() => {}} />);
    const section = screen.getByRole("region", { name: "Other fields" });
    expect(within(section).getByText("3–1")).toBeInTheDocument();
    expect(within(section).getByText("<img src=x onerror=alert(1)>")).toBeInTheDocument();
    expect(section.querySelector("img")).toBeNull();
    expect(within(section).getByRole("link", { name: "https://example.com/match" })).toHaveAttribute("href", "https://example.com/match");
    expect(within(section).queryByRole("link", { name: /javascript/ })).toBeNull();
  });
});
