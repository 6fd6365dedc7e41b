// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App";
// The default view shows the bundled timeline as of its own day.
import { bundledAsOf as data } from "../fixtures/bundledAsOf";

const marks = () => within(screen.getByRole("listbox", { name: "Events" })).queryAllByRole("option");
const markIds = () => marks().map((m) => m.getAttribute("data-event-id"));
const listTable = () => within(screen.getByRole("region", { name: "All events, in date order" }));
const title = (id: string) => data.events.find((e) => e.id === id)!.title;

// The first use of the browser's locale number formatting in a page sets up ICU's: 50–58 ms in a
// fresh Chromium tab, on the path to the first paint when a count is shown with it.
describe("opening", () => {
  it("shows the explorer, its counts and the list without setting up the browser's number formatting", async () => {
    const toLocaleString = vi.spyOn(Number.prototype, "toLocaleString");
    const numberFormat = vi.spyOn(Intl, "NumberFormat");
    try {
      render(<App search="" />);
      await screen.findByRole("region", { name: "All events, in date order" }, { timeout: 15_000 });
      expect(screen.getByText(`${data.events.length} events`)).toBeInTheDocument();
      expect(toLocaleString).not.toHaveBeenCalled();
      expect(numberFormat).not.toHaveBeenCalled();
    } finally {
      toLocaleString.mockRestore();
      numberFormat.mockRestore();
    }
  });
});

// Paint servers for soft bands and hatches: the ones the marks fill with, and only those (the
// palette's full set was 72 elements, most unused, in every chart).
describe("paint servers", () => {
  const paintIds = () => [...document.querySelectorAll("svg.chart defs > [id]")].map((e) => e.id).sort();
  const filledWith = () => [...new Set([...document.querySelectorAll<SVGElement>("svg.chart .mark-shape")].map((e) => /url\(#([^)]+)\)/.exec(e.style.fill)?.[1]).filter((id) => id !== undefined))].sort();

  it("defines each one a mark fills with, and no other", async () => {
    render(<App search="" />);
    await screen.findByRole("listbox", { name: "Events" });
    expect(filledWith().length).toBeGreaterThan(1);
    expect(paintIds()).toEqual(filledWith());
  });

  it("keeps them while a filter hides the marks that use them", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    await screen.findByRole("listbox", { name: "Events" });
    const before = paintIds();
    await user.click(screen.getByText("Categories", { selector: "summary" }));
    await user.click(screen.getByRole("checkbox", { name: "Weapons test" }));
    expect(filledWith()).toEqual([]);
    expect(paintIds()).toEqual(before);
  });
});

describe("filters and search", () => {
  it("filtering by category shows only those events, in chart and list, with a count", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    await user.click(screen.getByText("Categories", { selector: "summary" }));
    await user.click(screen.getByRole("checkbox", { name: "Weapons test" }));
    const expected = data.events.filter((e) => e.category === "weapons-test").map((e) => e.id);
    expect(markIds().sort()).toEqual([...expected].sort());
    expect(listTable().getAllByRole("row")).toHaveLength(expected.length + 1);
    expect(screen.getByText(`${expected.length} of ${data.events.length} events`)).toBeInTheDocument();
  });

  it("search matches titles, summaries and quotes, and highlights the matches", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "high-tech");
    expect(markIds()).toEqual(["tactical-weapon-test"]);
    const highlighted = listTable().getByText("high-tech", { selector: "mark" });
    expect(highlighted).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(marks().length + 0).toBeGreaterThan(1);
  });

  it("says so when nothing matches", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "zzzz");
    expect(marks()).toHaveLength(0);
    expect(screen.getByText(/No events match/)).toBeInTheDocument();
    expect(screen.getByText(`0 of ${data.events.length} events`)).toBeInTheDocument();
  });
});

describe("list and chart stay in step", () => {
  it("selecting in the list selects the mark, and the other way round", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    // The list, below the first screen, comes once the chart has been painted.
    await screen.findByRole("region", { name: "All events, in date order" }, { timeout: 15_000 });
    await user.click(listTable().getByRole("button", { name: title("singapore-summit") }));
    const mark = marks().find((m) => m.getAttribute("data-event-id") === "singapore-summit")!;
    expect(mark).toHaveAttribute("aria-selected", "true");
    fireEvent.click(marks().find((m) => m.getAttribute("data-event-id") === "panmunjom-summit")!);
    expect(listTable().getByRole("button", { name: title("panmunjom-summit") })).toHaveAttribute("aria-pressed", "true");
    expect(listTable().getByRole("button", { name: title("singapore-summit") })).toHaveAttribute("aria-pressed", "false");
  });

  it("shift-click compares two events and says the time between them", () => {
    render(<App search="" />);
    fireEvent.click(marks().find((m) => m.getAttribute("data-event-id") === "singapore-summit")!);
    fireEvent.click(marks().find((m) => m.getAttribute("data-event-id") === "kim-yong-chol-white-house")!, { shiftKey: true });
    const compare = screen.getByRole("region", { name: "Time between the two events" });
    expect(compare).toHaveTextContent("7 months, 6 days (220 days) later");
  });
});

describe("keyboard", () => {
  it("arrows move through time and across lanes, Home and End jump, Escape clears", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    const ordered = [...data.events].map((e) => e.id);
    marks().find((m) => m.getAttribute("data-event-id") === ordered[0])!.focus();
    await user.keyboard("{End}");
    expect(String(document.activeElement?.getAttribute("data-event-id"))).toBe(ordered[ordered.length - 1]);
    await user.keyboard("{Home}");
    expect(String(document.activeElement?.getAttribute("data-event-id"))).toBe(ordered[0]);
    await user.keyboard("{ArrowRight}");
    expect(String(document.activeElement?.getAttribute("data-event-id"))).toBe(ordered[1]);
    const before = document.activeElement;
    // The second event is in the last lane (Report): up goes to the lane above.
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement === before).toBe(false);
    expect(String(document.activeElement?.getAttribute("role"))).toBe("option");
    await user.keyboard("{Enter}");
    expect(document.activeElement).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Escape}{Escape}");
    expect(marks().filter((m) => m.getAttribute("aria-selected") === "true").length).toBe(0);
  });

  it("announces the selection politely", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    marks()[0].focus();
    await user.keyboard("{Enter}");
    const live = document.querySelector('[aria-live="polite"][role="status"].visually-hidden');
    expect(live?.textContent).toMatch(/^Selected: .+\.$/);
  });

  it("+ and - zoom, 0 fits all", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    const range = () => screen.getByText(/^Showing /).textContent;
    const fitted = range();
    marks()[0].focus();
    await user.keyboard("+");
    expect(range()).not.toBe(fitted);
    await user.keyboard("0");
    expect(range()).toBe(fitted);
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(range()).not.toBe(fitted);
    await user.click(screen.getByRole("button", { name: "Fit all" }));
    expect(range()).toBe(fitted);
  });

  it("a key repeated faster than a frame counts every press", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    const range = () => screen.getByText(/^Showing /).textContent;
    await user.keyboard("++");
    const twice = range();
    await user.keyboard("0");
    // As a held key sends them: two presses, the page re-rendered between them but not yet painted.
    const press = () => document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
    press();
    await Promise.resolve();
    press();
    await waitFor(() => expect(range()).toBe(twice));
  });
});

describe("the view in the URL", () => {
  it("opens the view a link describes, and names what it ignored", () => {
    render(<App search="?event=tactical-weapon-test&categories=weapons-test&lanes=actor&from=2018-01-01&to=2018-12-31&q=&bogus=1&status=rumoured" />);
    expect(marks().find((m) => m.getAttribute("aria-selected") === "true")?.getAttribute("data-event-id")).toBe("tactical-weapon-test");
    expect(screen.getByRole("region", { name: title("tactical-weapon-test") })).toBeInTheDocument();
    expect(screen.getByText(/^Showing 1 Jan 2018 – 31 Dec 2018$/)).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /Lanes/ })).toHaveValue("actor");
    expect(screen.getByText(/could not be used and were ignored: status: rumoured/)).toBeInTheDocument();
  });
});
