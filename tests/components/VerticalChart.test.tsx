// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App";
import { verticalChartModule } from "../../src/chart/vertical/verticalChartModule";
// The default view shows the bundled timeline as of its own day.
import { bundledAsOf as data } from "../fixtures/bundledAsOf";

// As main.tsx does on a narrow screen: the vertical layout's code is at hand for the first render.
beforeAll(() => verticalChartModule.load());
afterEach(() => vi.restoreAllMocks());

const listbox = () => screen.getByRole("listbox", { name: "Events" });
const cards = () => within(listbox()).queryAllByRole("option");
const card = (id: string) => cards().find((c) => c.getAttribute("data-event-id") === id)!;
const focusedId = () => String(document.activeElement?.getAttribute("data-event-id"));
const listTable = () => within(screen.getByRole("region", { name: "All events, in date order" }));
// The list comes once the chart has been painted.
const listShown = () => screen.findByRole("region", { name: "All events, in date order" }, { timeout: 15_000 });
const title = (id: string) => data.events.find((e) => e.id === id)!.title;
/** Every element with an event id. */
const ordered = () => [...document.querySelectorAll("[data-event-id]")].map((e) => e.getAttribute("data-event-id"));

describe("the vertical layout", () => {
  it("layout=vertical draws time down the page: a listbox of cards, one per event, each named by title, date and status", () => {
    render(<App search="?layout=vertical" />);
    expect(listbox()).toHaveAttribute("aria-orientation", "vertical");
    expect(cards()).toHaveLength(data.events.length);
    // (jsdom's name computation drops the spaces at the ends of inline elements, which browsers keep.)
    const name = card("tactical-weapon-test").textContent?.replace(/\s+/g, " ");
    expect(name).toBe(`${title("tactical-weapon-test")}, 16 November 2018 · Weapons test, happened`);
    expect(card("tactical-weapon-test")).toHaveAccessibleName(/^North Korea reports a “high-tech” weapon test,\s*16 November 2018\s*· Weapons test, happened$/);
    expect(card("second-summit")).toHaveAccessibleName(/^Second Trump–Kim summit \(planned\),\s*by 28 February 2019/);
    // The DOM contract: every event once, with its id.
    expect(new Set(ordered()).size).toBe(data.events.length);
  });

  it("a chart 480 px wide or less runs down the page by itself; layout=horizontal keeps it across", () => {
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      return { width: this.classList.contains("chart-frame") ? 360 : 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, x: 0, y: 0, toJSON() {} } as DOMRect;
    });
    const { unmount } = render(<App search="" />);
    expect(listbox()).toHaveAttribute("aria-orientation", "vertical");
    unmount();
    render(<App search="?layout=horizontal" />);
    expect(listbox()).toHaveAttribute("aria-orientation", "horizontal");
  });

  it("names a layout it does not know, and draws the usual one", () => {
    render(<App search="?layout=diagonal" />);
    expect(screen.getByText(/could not be used and were ignored: layout=diagonal \(use auto, vertical or horizontal\)/)).toBeInTheDocument();
    expect(listbox()).toHaveAttribute("aria-orientation", "horizontal");
  });

  it("↓ and ↑ move through time, ← → across lanes, Home and End to the ends; Enter shows the details with the quote; Escape clears", async () => {
    const user = userEvent.setup();
    render(<App search="?layout=vertical" />);
    // One tab stop among the cards (roving tabindex), on the first event.
    expect(cards().filter((c) => c.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    while (document.activeElement?.getAttribute("role") !== "option") await user.tab();
    await user.keyboard("{Home}");
    const first = focusedId();
    await user.keyboard("{ArrowDown}");
    const second = focusedId();
    expect(second).not.toBe(first);
    await user.keyboard("{ArrowUp}");
    expect(focusedId()).toBe(first);
    await user.keyboard("{End}");
    const last = focusedId();
    expect(last).not.toBe(first);
    await user.keyboard("{Home}");
    // Through time, to the weapons test of November 2018.
    for (let i = 0; i < 30 && focusedId() !== "tactical-weapon-test"; i++) await user.keyboard("{ArrowDown}");
    expect(focusedId()).toBe("tactical-weapon-test");
    await user.keyboard("{Enter}");
    expect(card("tactical-weapon-test")).toHaveAttribute("aria-selected", "true");
    const details = screen.getByRole("region", { name: title("tactical-weapon-test") });
    expect(details).toHaveTextContent("test out a new “high-tech” tactical weapon last November");
    // Across lanes: another event, nearest in time.
    await user.keyboard("{ArrowRight}");
    expect(focusedId()).not.toBe("tactical-weapon-test");
    expect(document.activeElement).toHaveAttribute("role", "option");
    await user.keyboard("{Escape}");
    expect(cards().filter((c) => c.getAttribute("aria-selected") === "true")).toHaveLength(0);
  });

  it("moving the focus between events in the range scrolls the page, never the range (the first event's card stays put)", async () => {
    const user = userEvent.setup();
    render(<App search="?layout=vertical" />);
    const range = () => screen.getByText(/^Showing /).textContent;
    const fitted = range();
    while (document.activeElement?.getAttribute("role") !== "option") await user.tab();
    await user.keyboard("{Home}");
    await user.keyboard("{ArrowDown}");
    await user.keyboard("{End}");
    expect(range()).toBe(fitted);
  });

  it("↓ walks every event in date order, the order of the list", async () => {
    const user = userEvent.setup();
    render(<App search="?layout=vertical" />);
    await listShown();
    const listOrder = listTable()
      .getAllByRole("button")
      .map((b) => data.events.find((e) => e.title === b.textContent)?.id);
    card(listOrder[0]!).focus();
    const walked = [focusedId()];
    for (let i = 1; i < listOrder.length; i++) {
      await user.keyboard("{ArrowDown}");
      walked.push(focusedId());
    }
    expect(walked).toEqual(listOrder);
  });

  it("selecting in the list selects the card, and a click on a card selects its row; shift-click compares", async () => {
    const user = userEvent.setup();
    render(<App search="?layout=vertical" />);
    await listShown();
    await user.click(listTable().getByRole("button", { name: title("singapore-summit") }));
    expect(card("singapore-summit")).toHaveAttribute("aria-selected", "true");
    fireEvent.click(card("panmunjom-summit"));
    expect(listTable().getByRole("button", { name: title("panmunjom-summit") })).toHaveAttribute("aria-pressed", "true");
    expect(card("singapore-summit")).toHaveAttribute("aria-selected", "false");
    fireEvent.click(card("kim-yong-chol-white-house"), { shiftKey: true });
    expect(screen.getByRole("region", { name: "Time between the two events" })).toBeInTheDocument();
  });

  it("a link to an event selects it and scrolls the page to its card", () => {
    // jsdom does not scroll: record what would be scrolled to.
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(String(this.getAttribute("data-event-id")));
    };
    try {
      render(<App search="?event=tactical-weapon-test&layout=vertical" />);
      expect(card("tactical-weapon-test")).toHaveAttribute("aria-selected", "true");
      expect(scrolled).toContain("tactical-weapon-test");
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it("+ and − change the spine's scale (the range shown), 0 fits all; a range in the link is the range shown", async () => {
    const user = userEvent.setup();
    render(<App search="?layout=vertical" />);
    const range = () => screen.getByText(/^Showing /).textContent;
    const fitted = range();
    card("singapore-summit").focus();
    await user.keyboard("+");
    expect(range()).not.toBe(fitted);
    // Zoomed in on the focused card's day: it is still in view, with a card.
    expect(card("singapore-summit")).toBeDefined();
    await user.keyboard("0");
    expect(range()).toBe(fitted);
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(range()).not.toBe(fitted);
  });

  it("events outside the range are a button away, and the keyboard reaches them (the range follows)", async () => {
    const user = userEvent.setup();
    render(<App search="?layout=vertical&from=2018-06-01&to=2018-07-31" />);
    expect(screen.getByText(/^Showing 1 Jun 2018 – 31 Jul 2018$/)).toBeInTheDocument();
    const ids = cards().map((c) => c.getAttribute("data-event-id"));
    expect(ids).toContain("singapore-summit");
    expect(ids).not.toContain("tactical-weapon-test");
    const later = screen.getByRole("button", { name: /later events?$/ });
    const earlier = screen.getByRole("button", { name: /earlier events?$/ });
    expect(earlier).toBeInTheDocument();
    await user.click(later);
    expect(screen.queryByText(/^Showing 1 Jun 2018 – 31 Jul 2018$/)).toBeNull();
    // The keyboard: End goes to the last event, which the range then shows.
    cards()[0].focus();
    await user.keyboard("{End}");
    await listShown();
    expect(focusedId()).toBe(listTable().getAllByRole("button").map((b) => data.events.find((e) => e.title === b.textContent)?.id).at(-1));
  });
});
