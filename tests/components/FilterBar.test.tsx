// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { FilterBar } from "../../src/components/FilterBar";

const noFilter = { actors: [], categories: [], statuses: [], query: "" };

describe("FilterBar's count", () => {
  it("writes thousands as a reader reads them: 100,000 events, 2,500 of 100,000 events", () => {
    const { rerender } = render(<FilterBar filter={noFilter} actors={[]} categories={[]} shown={100000} total={100000} onChange={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent("100,000 events");
    rerender(<FilterBar filter={{ ...noFilter, query: "summit" }} actors={[]} categories={[]} shown={2500} total={100000} onChange={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent("2,500 of 100,000 events");
  });

  it("says one event in the singular", () => {
    const { rerender } = render(<FilterBar filter={noFilter} actors={[]} categories={[]} shown={1} total={1} onChange={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent(/^1 event$/);
    rerender(<FilterBar filter={{ ...noFilter, query: "summit" }} actors={[]} categories={[]} shown={0} total={1} onChange={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent(/^0 of 1 event$/);
  });
});
