// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { enGB } from "date-fns/locale/en-GB";
import { EventList } from "../../src/components/EventList";
import { LIST_PAGE_SIZE, listWindow } from "../../src/components/listWindow";
import { makeTimeline } from "../fixtures/makeTimeline";

describe("listWindow", () => {
  it("renders the first page of a long list and counts the rest", () => {
    expect(listWindow(1000, 200)).toEqual({ indices: Array.from({ length: 200 }, (_, i) => i), gapBefore: 0, hiddenAfter: 800 });
  });

  it("renders every row of a short list", () => {
    expect(listWindow(3, 200)).toEqual({ indices: [0, 1, 2], gapBefore: 0, hiddenAfter: 0 });
    expect(listWindow(0, 200).indices).toEqual([]);
  });

  it("adds a selected row past the page, with the gap before it", () => {
    const w = listWindow(1000, 200, 650);
    expect(w.indices).toHaveLength(201);
    expect(w.indices.at(-1)).toBe(650);
    expect(w.gapBefore).toBe(450);
    expect(w.hiddenAfter).toBe(349);
  });

  it("a selected row inside the page adds nothing", () => {
    expect(listWindow(1000, 200, 10).indices).toHaveLength(200);
    expect(listWindow(1000, 200, 5000).indices).toHaveLength(200);
  });
});

describe("EventList at scale", () => {
  const timeline = makeTimeline(Array.from({ length: 450 }, (_, i) => ({ when: `2018-06-${String((i % 28) + 1).padStart(2, "0")}` })));
  const list = (selectedId?: string, onSelect = vi.fn()) => (
    <EventList events={timeline.events} actors={timeline.actors} selectedId={selectedId} query="" locale={enGB} onSelect={onSelect} />
  );

  it("renders one page of rows in a table that states the whole list's size", () => {
    render(list());
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-rowcount", "451");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(LIST_PAGE_SIZE + 1);
    expect(rows[1]).toHaveAttribute("aria-rowindex", "2");
    expect(rows.at(-1)).toHaveAttribute("aria-rowindex", String(LIST_PAGE_SIZE + 1));
  });

  it("shows more on request, then the rest", async () => {
    const user = userEvent.setup();
    render(list());
    await user.click(screen.getByRole("button", { name: "Show 200 more" }));
    expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(401);
    await user.click(screen.getByRole("button", { name: "Show 50 more" }));
    expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(451);
    expect(screen.queryByRole("button", { name: /more/ })).not.toBeInTheDocument();
  });

  it("always renders the selected event's row, at its place in the whole list", () => {
    const selected = timeline.events[420];
    render(list(selected.id));
    const button = screen.getByRole("button", { name: selected.title, pressed: true });
    expect(button.closest("tr")).toHaveAttribute("aria-rowindex", "422");
  });

  it("selecting a row calls back with its id", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(list(undefined, onSelect));
    await user.click(screen.getByRole("button", { name: timeline.events[3].title }));
    expect(onSelect).toHaveBeenCalledWith(timeline.events[3].id);
  });
});
