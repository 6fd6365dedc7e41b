// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App";
// The default view shows the bundled timeline as of its own day.
import { bundledAsOf as data } from "../fixtures/bundledAsOf";

/** The event marks (the lane <select> has options too). */
const marks = () => within(screen.getByRole("listbox", { name: "Events" })).getAllByRole("option");

describe("App on the bundled dataset", () => {
  it("draws one mark per event and is ready", () => {
    const { container } = render(<App search="" />);
    expect(container.querySelector("[data-state]")?.getAttribute("data-state")).toBe("ready");
    const events = marks();
    expect(events).toHaveLength(data.events.length);
    const ids = events.map((e) => e.getAttribute("data-event-id")).sort();
    expect(ids).toEqual(data.events.map((e) => e.id).sort());
  });

  it("selecting an event shows its details with the quote and its source", async () => {
    render(<App search="" />);
    const mark = marks().find((m) => m.getAttribute("data-event-id") === "kim-yong-chol-white-house")!;
    fireEvent.click(mark);
    expect(mark).toHaveAttribute("aria-selected", "true");
    const title = data.events.find((e) => e.id === "kim-yong-chol-white-house")!.title;
    // jsdom does not name SVG elements from <title>; the e2e test checks the name in Chromium.
    expect(mark.querySelector("title")).toHaveTextContent(`${title}, 18 January 2019, happened`);
    const details = screen.getByRole("region", { name: title });
    expect(within(details).getByText(/19 January 2019|18 January 2019/, { selector: "dd" })).toBeInTheDocument();
    expect(within(details).getByText(/visited the White House on Friday/)).toBeInTheDocument();
    expect(within(details).getAllByRole("link", { name: /BBC News, “Trump to meet/ })[0]).toHaveAttribute("href", "https://www.bbc.com/news/world-us-canada-46919239");
  });

  it("closing the details clears the selection", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    const mark = marks()[0];
    fireEvent.click(mark);
    await user.click(screen.getByRole("button", { name: "Close details" }));
    expect(screen.queryByRole("button", { name: "Close details" })).not.toBeInTheDocument();
    expect(mark).toHaveAttribute("aria-selected", "false");
  });

  it("keyboard: Tab reaches the events, arrows move, Enter selects", async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    const options = marks();
    options[0].focus();
    await user.keyboard("{ArrowRight}");
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute("role")).toBe("option");
    expect(focused).not.toBe(options[0]);
    await user.keyboard("{Enter}");
    expect(focused).toHaveAttribute("aria-selected", "true");
  });

  it("the lane select regroups the events", async () => {
    const user = userEvent.setup();
    const { container } = render(<App search="" />);
    await user.selectOptions(screen.getByRole("combobox", { name: /Lanes/ }), "none");
    expect(container.querySelectorAll(".lane-label").length).toBe(1);
    // Every event is drawn, or counted in a group that expands on zoom.
    const grouped = screen.queryAllByRole("button", { name: /more events/ }).map((b) => Number(/^(\d+) more events/.exec(b.textContent ?? "")?.[1] ?? /(\d+)/.exec(b.getAttribute("aria-label") ?? "")?.[1]));
    expect(marks().length + grouped.reduce((a, b) => a + b, 0)).toBe(data.events.length);
  });
});

describe("the dates' language", () => {
  it("a link with locale=fr is loading until French has arrived, then shows French dates", async () => {
    const { container } = render(<App search="?locale=fr&event=singapore-summit" />);
    const state = () => container.querySelector("[data-state]")?.getAttribute("data-state");
    expect(state()).toBe("loading");
    await waitFor(() => expect(state()).toBe("ready"));
    const details = screen.getByRole("region", { name: data.events.find((e) => e.id === "singapore-summit")!.title });
    expect(within(details).getByText("12 juin 2018", { selector: "dd" })).toBeInTheDocument();
  });

  it("choosing another language keeps the timeline on screen and then shows its dates", async () => {
    const user = userEvent.setup();
    const { container } = render(<App search="?event=singapore-summit" />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Dates" }), "de");
    expect(container.querySelector("[data-state]")?.getAttribute("data-state")).toBe("ready");
    expect(marks()).toHaveLength(data.events.length);
    const details = screen.getByRole("region", { name: data.events.find((e) => e.id === "singapore-summit")!.title });
    await waitFor(() => expect(within(details).getByText("12. Juni 2018", { selector: "dd" })).toBeInTheDocument());
  });
});
