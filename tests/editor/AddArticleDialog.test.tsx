// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { enGB } from "date-fns/locale/en-GB";
import AddArticleDialog from "../../src/editor/AddArticleDialog";
import { bundledBeforeHanoi } from "../fixtures/bundledBeforeHanoi";
import type { Dataset } from "../../src/domain/types";

// Written for this test from what the reports of 28 February 2019 said (not a real article).
const FOLLOW_UP = `Hanoi summit ends without a deal
The second summit between Donald Trump and Kim Jong-un, held in Hanoi on 27 and 28 February, ended without an agreement, the White House said.
Mr Trump and Mr Kim first met in Singapore last June.`;

async function fillAndFind(dataset: Dataset = bundledBeforeHanoi()) {
  const user = userEvent.setup();
  const onAdd = vi.fn();
  render(<AddArticleDialog dataset={dataset} locale={enGB} onAdd={onAdd} onCancel={vi.fn()} />);
  const dialog = screen.getByRole("dialog", { name: "Add an article to this timeline" });
  await user.click(within(dialog).getByRole("textbox", { name: "Article text" }));
  await user.paste(FOLLOW_UP);
  await user.type(within(dialog).getByRole("textbox", { name: "Publisher" }), "Test Wire");
  const day = within(dialog).getByLabelText("Published on");
  await user.clear(day);
  await user.type(day, "2019-03-01");
  await user.click(within(dialog).getByRole("button", { name: "Find events" }));
  return { user, onAdd, dialog };
}

describe("Add an article", () => {
  it("says what is missing before it looks for events", async () => {
    const user = userEvent.setup();
    render(<AddArticleDialog dataset={bundledBeforeHanoi()} locale={enGB} onAdd={vi.fn()} onCancel={vi.fn()} />);
    await user.type(screen.getByRole("textbox", { name: "Link (https://…)" }), "ftp://example.org/a");
    await user.click(screen.getByRole("button", { name: "Find events" }));
    expect(screen.getByRole("textbox", { name: "Article text" })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: "Article text" })).toHaveAccessibleDescription("Paste the article's text, or choose a file.");
    expect(screen.getByRole("textbox", { name: "Publisher" })).toHaveAccessibleDescription(/Give the publisher/);
    expect(screen.getByRole("textbox", { name: "Link (https://…)" })).toHaveAccessibleDescription("must be an http:// or https:// address");
    expect(screen.queryByRole("list", { name: "What the article says" })).toBeNull();
  });

  it("reads the article from a text file", async () => {
    const user = userEvent.setup();
    render(<AddArticleDialog dataset={bundledBeforeHanoi()} locale={enGB} onAdd={vi.fn()} onCancel={vi.fn()} />);
    await user.upload(screen.getByLabelText("…or read it from a text file"), new File([FOLLOW_UP], "follow-up.txt", { type: "text/plain" }));
    await vi.waitFor(() => expect(screen.getByRole("textbox", { name: "Article text" })).toHaveValue(FOLLOW_UP));
  });

  it("reviews each dated sentence with what accepting it does, and adds the accepted ones", async () => {
    const { user, onAdd } = await fillAndFind();
    const rows = within(screen.getByRole("list", { name: "What the article says" })).getAllByRole("listitem");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Status: planned → happened for ‘Second Trump–Kim summit’: added as its outcome, 27 February 2019 – 28 February 2019, linked to the plan");
    expect(rows[1]).toHaveTextContent("New evidence for ‘Trump and Kim meet in Singapore’");
    // The checkbox is described by what it would do.
    expect(within(rows[1]).getByRole("checkbox", { name: "Accept" })).toHaveAccessibleDescription("New evidence for ‘Trump and Kim meet in Singapore’");
    await user.click(within(rows[1]).getByRole("checkbox", { name: "Accept" }));
    await user.click(screen.getByRole("button", { name: "Add to timeline (1 of 2)" }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    const [next, summary] = onAdd.mock.calls[0] as [Dataset, { publisher: string; changes: { words: string }[] }];
    expect(summary.publisher).toBe("Test Wire");
    expect(summary.changes.map((c) => c.words)).toEqual([expect.stringMatching(/^Status: planned → happened for “Second Trump–Kim summit”/)]);
    expect(next.events.find((e) => e.links?.[0]?.event === "second-summit")).toMatchObject({ when: "2019-02-27/2019-02-28", status: "happened" });
    expect(next.events.find((e) => e.id === "singapore-summit")?.evidence.some((ev) => ev.source.startsWith("test-wire"))).toBe(false);
  });

  it("the reviewer may match a sentence to another event, or make it a new one", async () => {
    const { user } = await fillAndFind();
    const row = within(screen.getByRole("list", { name: "What the article says" })).getAllByRole("listitem")[1];
    const choice = within(row).getByRole("combobox", { name: "Tells of" });
    await user.selectOptions(choice, "singapore-summit-statement");
    expect(row).toHaveTextContent("New evidence for ‘Singapore agreement to work towards denuclearisation’");
    await user.selectOptions(choice, "a new event");
    expect(row).toHaveTextContent(/New event: “.+”, June 2018/);
  });

  it("the reviewer may correct the status, and what the sentence adds follows", async () => {
    const { user } = await fillAndFind();
    const row = within(screen.getByRole("list", { name: "What the article says" })).getAllByRole("listitem")[0];
    await user.selectOptions(within(row).getByRole("combobox", { name: "Status" }), "planned");
    // Still planned, now for two given days: a finer date for the plan, not its outcome.
    expect(within(row).getByText(/^More precise date/)).toHaveTextContent("More precise date for ‘Second Trump–Kim summit’: by 28 February 2019 → 27 February 2019 – 28 February 2019");
  });

  it("when the timeline cannot take the article, nothing is added and the dialog says why", async () => {
    const dataset = bundledBeforeHanoi();
    // A timeline that already lists the most sources a timeline may (1000).
    const extra = Array.from({ length: 1000 - dataset.sources.length }, (_, i) => ({ id: `filler-${i}`, publisher: "Filler", title: `Filler ${i}` }));
    const { user, onAdd } = await fillAndFind({ ...dataset, sources: [...dataset.sources, ...extra] });
    await user.click(screen.getByRole("button", { name: "Add to timeline (2 of 2)" }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent(/^Nothing was added: the timeline would not be valid with this article: sources\[1000\]: has 1,001 sources; the limit is 1,000\./);
    // The review stays, to go back or cancel.
    expect(screen.getByRole("list", { name: "What the article says" })).toBeInTheDocument();
  });
});
