// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";

// The app runs React's API on Preact (src/reactOnPreact.ts); these are the differences it relies on.
describe("React's API on Preact", () => {
  it("an SVG mark with tabIndex gets the tabindex attribute, and so takes focus", () => {
    render(
      <svg>
        <g role="option" aria-label="A mark" aria-selected="false" tabIndex={0} />
      </svg>,
    );
    const mark = screen.getByRole("option", { name: "A mark" });
    expect(mark).toHaveAttribute("tabindex", "0");
    mark.focus();
    expect(mark).toHaveFocus();
  });

  it("tabIndex on an HTML element is the same attribute", () => {
    render(<div role="region" aria-label="A box" tabIndex={-1} />);
    expect(screen.getByRole("region", { name: "A box" })).toHaveAttribute("tabindex", "-1");
  });
});
