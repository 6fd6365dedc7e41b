// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { createRef } from "react";
import { render, screen, within, act } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { enGB } from "date-fns/locale/en-GB";
import { EditSession, type EditSessionApi } from "../../src/editor/EditSession";
import { EventEditor } from "../../src/editor/EventEditor";
import { TimelineEditor } from "../../src/editor/TimelineEditor";
import { validateDataset } from "../../src/domain/validateDataset";
import { toTimeline } from "../../src/domain/toTimeline";
import { fuzzyDate } from "../../src/domain/parseFuzzyDate";
import { emptyDraft } from "../../src/editor/eventDraft";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";
import type { Dataset } from "../../src/domain/types";

const dataset = validateDataset(makeDataset()).dataset as Dataset;

function session(onEdit = vi.fn()) {
  const api = createRef<EditSessionApi>();
  render(<EditSession apiRef={api} active dataset={dataset} timeline={toTimeline(dataset, fuzzyDate)} locale={enGB} localeId="en-GB" onEdit={onEdit} onSelect={vi.fn()} onStop={vi.fn()} />);
  return { api, onEdit };
}

describe("the event editor", () => {
  it("reads a typed date and says it back in words, with the EDTF it will store", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<EventEditor dataset={dataset} initial={emptyDraft(dataset)} locale={enGB} dayFirst reference="2019-01-18" onSave={onSave} onCancel={vi.fn()} />);
    const dialog = screen.getByRole("dialog", { name: "New event" });
    await user.type(within(dialog).getByRole("textbox", { name: "Title" }), "Second summit");
    await user.type(within(dialog).getByRole("textbox", { name: "Date" }), "c. July 2018");
    expect(within(dialog).getByRole("status")).toHaveTextContent("c. July 2018 · stored as 2018-07~");
    await user.type(within(dialog).getByRole("textbox", { name: "Quote (copied from the source)" }), "They met again.");
    await user.click(within(dialog).getByRole("button", { name: "Add event" }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ id: "second-summit", title: "Second summit", when: "2018-07~", evidence: [{ source: "bbc", quote: "They met again." }] }));
  });

  it("never saves an invalid event: Save shows every problem beside its field", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<EventEditor dataset={dataset} initial={emptyDraft(dataset)} locale={enGB} dayFirst reference="2019-01-18" onSave={onSave} onCancel={vi.fn()} />);
    await user.type(screen.getByRole("textbox", { name: "Date" }), "sometime");
    await user.click(screen.getByRole("button", { name: "Add event" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent("2 problems to fix before this can be saved");
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription("must not be empty");
    expect(screen.getByRole("textbox", { name: "Date" })).toHaveAccessibleDescription(/Type a date, or pick one|Not read yet/);
  });

  it("a date can be picked instead: a deadline, to the day", async () => {
    const user = userEvent.setup();
    render(<EventEditor dataset={dataset} initial={emptyDraft(dataset)} locale={enGB} dayFirst reference="2019-01-18" onSave={vi.fn()} onCancel={vi.fn()} />);
    await user.click(screen.getByRole("button", { name: "Pick the date instead" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "deadline");
    await user.selectOptions(screen.getByRole("combobox", { name: "Precision" }), "day");
    await user.type(screen.getByLabelText("By"), "2019-02-28");
    expect(screen.getByRole("textbox", { name: "Date" })).toHaveValue("[..2019-02-28]");
    expect(screen.getByRole("status")).toHaveTextContent("by 28 February 2019 · stored as [..2019-02-28]");
  });
});

describe("the editing session", () => {
  it("every change can be undone and redone, with buttons that say what they will do", async () => {
    const user = userEvent.setup();
    const { api, onEdit } = session();
    act(() => api.current!.nudgeDate("singapore-summit", 1, "whole"));
    expect(onEdit).toHaveBeenLastCalledWith(expect.objectContaining({ events: [makeEvent({ when: "2018-06-13" })] }));
    expect(screen.getAllByRole("status").at(-1)).toHaveTextContent("Moved “Singapore summit” to 13 June 2018.");
    const undo = screen.getByRole("button", { name: "Undo" });
    expect(undo).toHaveAttribute("title", "Undo: Moved “Singapore summit” to 13 June 2018 (Ctrl+Z)");
    await user.click(undo);
    expect(onEdit).toHaveBeenLastCalledWith(dataset);
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Redo" }));
    expect(onEdit.mock.lastCall![0].events[0].when).toBe("2018-06-13");
  });

  it("Ctrl+Z and Shift+Ctrl+Z undo and redo from anywhere but a text field", async () => {
    const user = userEvent.setup();
    const { api, onEdit } = session();
    act(() => api.current!.deleteEvent("singapore-summit"));
    expect(onEdit.mock.lastCall![0].events).toEqual([]);
    await user.keyboard("{Control>}z{/Control}");
    expect(onEdit).toHaveBeenLastCalledWith(dataset);
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(onEdit.mock.lastCall![0].events).toEqual([]);
  });

  it("a month-precise date dragged by 40 days moves one month, and stays month-precise", () => {
    const monthly = validateDataset(makeDataset([makeEvent({ when: "2018-06" })])).dataset as Dataset;
    const api = createRef<EditSessionApi>();
    const onEdit = vi.fn();
    render(<EditSession apiRef={api} active dataset={monthly} timeline={toTimeline(monthly, fuzzyDate)} locale={enGB} localeId="en-GB" onEdit={onEdit} onSelect={vi.fn()} onStop={vi.fn()} />);
    act(() => api.current!.moveDate("singapore-summit", 40, "whole"));
    expect(onEdit.mock.lastCall![0].events[0].when).toBe("2018-07");
  });
});

describe("the timeline settings", () => {
  const twoEvents = validateDataset(
    makeDataset([makeEvent(), makeEvent({ id: "hanoi-summit", title: "Hanoi summit", when: "2019-02" })], {
      story: { steps: [{ event: "singapore-summit", note: "First." }, { event: "hanoi-summit" }] },
    }),
  ).dataset as Dataset;

  it("reorders story steps and changes the title; an empty title is not saved", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<TimelineEditor dataset={twoEvents} onSave={onSave} onCancel={vi.fn()} />);
    const title = screen.getByRole("textbox", { name: "Title" });
    await user.clear(title);
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(title).toHaveAccessibleDescription("must not be empty");
    await user.type(title, "Two summits");
    await user.click(screen.getByRole("button", { name: "Move step 2 (Hanoi summit) up" }));
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: "Two summits", story: { steps: [{ event: "hanoi-summit" }, { event: "singapore-summit", note: "First." }] } }));
  });

  it("removing an actor an event names is refused, saying which event it would break", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<TimelineEditor dataset={twoEvents} onSave={onSave} onCancel={vi.fn()} />);
    await user.click(screen.getByRole("button", { name: "Remove actor North Korea" }));
    expect(screen.getByRole("alert")).toHaveTextContent(/This change would break events:.*unknown actor "dprk"/);
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(onSave).not.toHaveBeenCalled();
  });
});
