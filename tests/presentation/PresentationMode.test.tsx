// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App";
import data from "../../data/events.json";

const steps = ((data as { story?: { steps: { event: string; note?: string }[] } }).story?.steps ?? data.events.map((e) => ({ event: e.id, note: undefined }))).map((s) => s);
const titleOf = (id: string) => data.events.find((e) => e.id === id)!.title;
/** Renders the app at an address; the presentation modes load on demand, so wait for them. */
async function start(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  const result = render(<App search={search} />);
  if (/mode=present/.test(search)) await result.findByRole("navigation", { name: "Presentation" }, { timeout: 10_000 });
  return result;
}
const stepTitle = () => screen.getByRole("heading", { level: 2 }).textContent;
const step = () => new URLSearchParams(window.location.search).get("step");

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => window.history.replaceState(null, "", "/"));

describe("presentation mode, by keyboard", () => {
  it("opens on the first step of the story, with its progress in words", async () => {
    await start("?mode=present");
    expect(stepTitle()).toBe(titleOf(steps[0].event));
    expect(screen.getByText(`Step 1 of ${steps.length}`)).toBeInTheDocument();
    // The URL is written by an effect after the first render: on a busy machine it comes a tick later.
    await waitFor(() => expect(step()).toBe("1"));
  });

  it("→ Space PageDown go on, ← PageUp go back, Home End jump, and the URL follows", async () => {
    const user = userEvent.setup();
    await start("?mode=present");
    const expectStep = (position: number) => {
      expect(stepTitle()).toBe(titleOf(steps[position - 1].event));
      expect(step()).toBe(String(position));
    };
    await user.keyboard("{ArrowRight}");
    expectStep(2);
    await user.keyboard(" ");
    expectStep(3);
    await user.keyboard("{PageDown}");
    expectStep(4);
    await user.keyboard("{PageUp}");
    expectStep(3);
    await user.keyboard("{ArrowLeft}");
    expectStep(2);
    await user.keyboard("{End}");
    expectStep(steps.length);
    await user.keyboard("{ArrowRight}");
    expectStep(steps.length);
    await user.keyboard("{Home}");
    expectStep(1);
    await user.keyboard("{ArrowLeft}");
    expectStep(1);
  });

  it("the buttons do the same, and Space on a button presses it once", async () => {
    const user = userEvent.setup();
    await start("?mode=present&step=2");
    const next = screen.getByRole("button", { name: "Next" });
    await user.click(next);
    expect(step()).toBe("3");
    await user.keyboard(" ");
    expect(step()).toBe("4");
    await user.click(screen.getByRole("button", { name: "Previous" }));
    expect(step()).toBe("3");
  });

  it("a step in the URL is where it starts; one that is not a step is ignored and named", async () => {
    const first = await start("?mode=present&step=4");
    expect(stepTitle()).toBe(titleOf(steps[3].event));
    first.unmount();
    await start("?mode=present&step=99");
    expect(stepTitle()).toBe(titleOf(steps[0].event));
    expect(screen.getByText(/step=99 \(there are \d+ steps\)/)).toBeInTheDocument();
  });

  it("F says so when full screen is not available, rather than failing", async () => {
    const user = userEvent.setup();
    await start("?mode=present");
    await user.keyboard("f");
    expect(screen.getByRole("alert")).toHaveTextContent(/Full screen is not available/);
  });

  it("announces each step politely for screen readers", async () => {
    const user = userEvent.setup();
    const { container } = await start("?mode=present");
    await user.keyboard("{ArrowRight}");
    expect(container.querySelector("[aria-live=polite]")).toHaveTextContent(`Step 2 of ${steps.length}: ${titleOf(steps[1].event)}`);
  });

  it("Escape goes back to exploring, with the presented event selected", async () => {
    const user = userEvent.setup();
    await start("?mode=present&step=3");
    await user.keyboard("{Escape}");
    const listbox = screen.getByRole("listbox", { name: "Events" });
    const selected = within(listbox)
      .getAllByRole("option")
      .find((o) => o.getAttribute("aria-selected") === "true");
    expect(selected?.getAttribute("data-event-id")).toBe(steps[2].event);
    expect(new URLSearchParams(window.location.search).get("mode")).toBeNull();
    expect(new URLSearchParams(window.location.search).get("event")).toBe(steps[2].event);
  });

  it("the Present button starts at the selected event", async () => {
    const user = userEvent.setup();
    await start(`?event=${steps[1].event}`);
    await user.click(screen.getByRole("button", { name: "Present" }));
    await screen.findByRole("navigation", { name: "Presentation" }, { timeout: 10_000 });
    expect(stepTitle()).toBe(titleOf(steps[1].event));
    expect(step()).toBe("2");
  });
});

describe("presenter view", () => {
  it("shows the current and next step with the note, and moves with the same keys", async () => {
    const user = userEvent.setup();
    await start("?mode=presenter&step=2");
    expect(screen.getByRole("heading", { name: `Now: step 2 of ${steps.length}` })).toBeInTheDocument();
    const now = screen.getByRole("region", { name: `Now: step 2 of ${steps.length}` });
    expect(now).toHaveTextContent(titleOf(steps[1].event));
    if (steps[1].note) expect(now).toHaveTextContent(steps[1].note);
    expect(screen.getByRole("region", { name: "Next" })).toHaveTextContent(titleOf(steps[2].event));
    expect(screen.getByText("00:00")).toBeInTheDocument();
    await user.keyboard("{PageDown}");
    expect(screen.getByRole("heading", { name: `Now: step 3 of ${steps.length}` })).toBeInTheDocument();
    expect(step()).toBe("3");
  });
});

describe("a step seen as of its own day", () => {
  it("the story's last step shows the timeline as known on 1 March 2019: the outcome is drawn; the step before does not draw it", async () => {
    const last = steps.length;
    expect(steps[last - 1]).toMatchObject({ event: "hanoi-summit", asOf: "2019-03-01" });
    const { container, unmount } = await start(`?mode=present&step=${last - 1}`);
    expect(container.querySelector('[data-event-id="hanoi-summit"]')).toBeNull();
    expect(container.querySelector(".as-of text")?.textContent).toContain("18 Jan 2019");
    unmount();
    const later = await start(`?mode=present&step=${last}`);
    expect(stepTitle()).toBe(titleOf("hanoi-summit"));
    await waitFor(() => expect(later.container.querySelector('[data-event-id="hanoi-summit"]')).not.toBeNull());
    expect(later.container.querySelector(".as-of text")?.textContent).toContain("1 Mar 2019");
  });
});
