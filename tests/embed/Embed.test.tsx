// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App";
// The default view shows the bundled timeline as of its own day.
import { bundledAsOf as data } from "../fixtures/bundledAsOf";

const title = (id: string) => data.events.find((e) => e.id === id)!.title;

describe("embed mode (?mode=embed)", () => {
  it("shows the title and credit, keeps filters and the table one click away, and has no explore-only tools", () => {
    const { container } = render(<App search="?mode=embed" />);
    expect(container.querySelector("#app")).toHaveClass("is-embed");
    expect(screen.getByRole("heading", { level: 1, name: data.title })).toBeVisible();
    expect(container.querySelector(".dek")).toBeNull();
    expect(screen.getByText(/^Source:/)).toBeInTheDocument();
    expect(screen.getByText("Filter and search", { selector: "summary" })).toBeInTheDocument();
    expect(screen.getByText(`All ${data.events.length} events as a table`, { selector: "summary" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Embed" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Zoom in" })).toBeInTheDocument();
    const full = screen.getByRole("link", { name: /Open the full timeline/ });
    expect(full).toHaveAttribute("target", "_blank");
    expect(full.getAttribute("href")).not.toContain("mode=embed");
  });

  it("hides title (for sight only), credit, filters and table by parameter", () => {
    const { container } = render(<App search="?mode=embed&title=0&credit=0&filters=0&list=0" />);
    expect(container.querySelector(".masthead")).toHaveClass("visually-hidden");
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/^Source:/)).not.toBeInTheDocument();
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "All events, in date order" })).not.toBeInTheDocument();
  });

  it("a deep link selects the event and shows its details under the chart, before the legend", async () => {
    const { container } = render(<App search="?mode=embed&event=singapore-summit&filters=1&list=1" />);
    expect(container.querySelector('[data-event-id="singapore-summit"]')).toHaveAttribute("aria-selected", "true");
    const details = screen.getByRole("region", { name: title("singapore-summit") });
    const legend = screen.getByRole("region", { name: "Legend" });
    expect(details.compareDocumentPosition(legend) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector(".chart-frame")!.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "Search events" })).toBeInTheDocument();
    // The list comes once the chart has been painted.
    expect(await screen.findByRole("region", { name: "All events, in date order" }, { timeout: 15_000 })).toBeInTheDocument();
  });

  it("collapsed filters say when the link filtered the view", () => {
    render(<App search="?mode=embed&categories=summit" />);
    const summit = data.events.filter((e) => e.category === "summit").length;
    expect(screen.getByText("Filter and search", { selector: "summary", exact: false })).toHaveTextContent(`(1 active: ${summit} of ${data.events.length} events)`);
  });

  it("names page parameters it could not use in the notice", () => {
    render(<App search="?mode=embed&accent=not-a-colour&theme=sepia" />);
    const notice = screen.getByText(/could not be used/);
    expect(notice).toHaveTextContent("accent=not-a-colour");
    expect(notice).toHaveTextContent("theme=sepia");
  });
});

describe("the Embed dialog", () => {
  it("opens from the toolbar with focus inside, gives the snippet for the current view, and returns focus on close", { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    render(<App search="?event=singapore-summit" />);
    window.history.replaceState(null, "", "/?event=singapore-summit");
    const button = screen.getByRole("button", { name: "Embed" });
    await user.click(button);
    // The dialog is loaded on first use.
    const dialog = await screen.findByRole("dialog", { name: "Embed this timeline" }, { timeout: 15_000 });
    expect(dialog.contains(document.activeElement)).toBe(true);
    const snippet = within(dialog).getByRole("textbox", { name: "HTML to paste" }) as HTMLTextAreaElement;
    expect(snippet.value).toMatch(/<iframe src="http:\/\/localhost(:\d+)?\/\?mode=embed&amp;event=singapore-summit"/);
    expect(snippet.value).toContain("data-timeline-embed");
    expect(snippet.value).toMatch(/<script src="http:\/\/localhost(:\d+)?\/embed\.js" async><\/script>/);
    const preview = within(dialog).getByTitle(/^Preview:/) as HTMLIFrameElement;
    expect(preview.getAttribute("src")).toContain("mode=embed");

    await user.click(within(dialog).getByRole("radio", { name: "Dark" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Source credit line" }));
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Table of events/ }), "show");
    expect(snippet.value).toContain("theme=dark&amp;credit=0&amp;list=show&amp;event=singapore-summit");
    expect(preview.getAttribute("src")).toContain("theme=dark&credit=0&list=show");

    await user.click(within(dialog).getByRole("radio", { name: /Fixed height/ }));
    expect(snippet.value).not.toContain("<script");
    expect(snippet.value).toContain('height="640"');

    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(document.activeElement).toBe(button);
  });
});
