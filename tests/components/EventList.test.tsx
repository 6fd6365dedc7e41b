// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { enGB } from "date-fns/locale/en-GB";
import { EventList } from "../../src/components/EventList";
import { rowOffsets, rowWindow, scrollToShow } from "../../src/layout/rowWindow";
import { makeTimeline } from "../fixtures/makeTimeline";

describe("EventList at scale", () => {
  const timeline = makeTimeline(Array.from({ length: 450 }, (_, i) => ({ when: `2018-06-${String((i % 28) + 1).padStart(2, "0")}` })));
  const list = (selectedId?: string, onSelect = vi.fn()) => (
    <EventList events={timeline.events} actors={timeline.actors} selectedId={selectedId} query="" locale={enGB} onSelect={onSelect} />
  );

  it("renders a window of rows, not all of them, in a table that states the whole list's size and each row's place", () => {
    render(list());
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-rowcount", "451");
    const rows = within(table).getAllByRole("row");
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(100);
    expect(rows.map((r) => r.getAttribute("aria-rowindex"))).toEqual(rows.map((_, i) => String(i + 1)));
    // The rows not rendered still take their room, so the box scrolls as if they were there.
    const spacer = table.querySelector<HTMLElement>("tr.list-spacer td")!;
    expect(parseFloat(spacer.style.height)).toBeGreaterThan(300 * 20);
  });

  it("renders every row of a short list", () => {
    const short = makeTimeline(Array.from({ length: 12 }, (_, i) => ({ when: `2018-06-${String(i + 1).padStart(2, "0")}` })));
    render(<EventList events={short.events} actors={short.actors} query="" locale={enGB} onSelect={vi.fn()} />);
    expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(13);
    expect(document.querySelector("tr.list-spacer")).toBeNull();
  });

  it("selecting a row calls back with its id", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(list(undefined, onSelect));
    await user.click(screen.getByRole("button", { name: timeline.events[3].title }));
    expect(onSelect).toHaveBeenCalledWith(timeline.events[3].id);
  });
});

describe("rowWindow (which rows of a long list are rendered)", () => {
  const offsets = rowOffsets(1000, (i) => (i === 5 ? 60 : 30)); // one row wraps to two lines

  it("adds up the rows' heights, measured or estimated", () => {
    expect(offsets[0]).toBe(0);
    expect(offsets[5]).toBe(150);
    expect(offsets[6]).toBe(210);
    expect(offsets[1000]).toBe(999 * 30 + 60);
  });

  it("renders the rows in view and a few either side, wherever the list is scrolled", () => {
    expect(rowWindow(offsets, 0, 300, 2)).toEqual({ first: 0, last: 12 });
    // Scrolled to row 100 (3,030 px: rows 0-99, one of them 60 px): rows 100-109 show.
    expect(rowWindow(offsets, 3030, 300, 2)).toEqual({ first: 98, last: 113 });
    expect(rowWindow(offsets, offsets[1000] - 300, 300, 2)).toEqual({ first: 988, last: 1000 });
    expect(rowWindow(rowOffsets(0, () => 30), 0, 300, 2)).toEqual({ first: 0, last: 0 });
  });

  it("scrolls as little as shows a row whole under the sticky header, and not at all when it shows", () => {
    // A 330 px box whose header takes 30 px: 300 px of rows.
    expect(scrollToShow(offsets, 3, 0, 330, 30)).toBe(0);
    expect(scrollToShow(offsets, 500, 0, 330, 30)).toBe(offsets[501] - 300);
    expect(scrollToShow(offsets, 2, 3000, 330, 30)).toBe(offsets[2]);
  });
});
