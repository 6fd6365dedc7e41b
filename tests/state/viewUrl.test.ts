import { describe, expect, it } from "vitest";
import { reconcileView, searchWithView, viewFromSearch } from "../../src/state/viewUrl";
import { dayOf } from "../../src/domain/fuzzyDate";
import { initialViewState } from "../../src/state/viewState";

describe("view <-> URL", () => {
  it("round-trips a full view and keeps other parameters", () => {
    const search = "?data=x.json&event=singapore-summit&compare=second-summit&from=2018-06-01&to=2019-02-28&lanes=actor&actors=us,dprk&categories=summit&status=planned,happened&q=kim&locale=fr&mode=embed";
    const { state, ignored } = viewFromSearch(search);
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      selectedId: "singapore-summit",
      compareId: "second-summit",
      viewport: { startDay: dayOf(2018, 6, 1), endDay: dayOf(2019, 2, 28) },
      grouping: "actor",
      filter: { actors: ["us", "dprk"], categories: ["summit"], statuses: ["planned", "happened"], query: "kim" },
      locale: "fr",
    });
    const written = searchWithView("?data=x.json&mode=embed&event=old", state);
    expect(viewFromSearch(written).state).toEqual(state);
    expect(new URLSearchParams(written).get("data")).toBe("x.json");
    expect(new URLSearchParams(written).get("mode")).toBe("embed");
  });

  it("keeps the as-of day: asof= round-trips, and a day that does not exist is ignored with a notice", () => {
    const { state } = viewFromSearch("?asof=2019-03-01&event=hanoi-summit");
    expect(state.asOf).toBe("2019-03-01");
    expect(new URLSearchParams(searchWithView("", state)).get("asof")).toBe("2019-03-01");
    expect(searchWithView("?asof=2019-03-01", { ...state, asOf: undefined, selectedId: undefined })).toBe("");
    const bad = viewFromSearch("?asof=2019-02-30");
    expect(bad.state.asOf).toBeUndefined();
    expect(bad.ignored).toEqual(["asof=2019-02-30 (not a date, YYYY-MM-DD)"]);
  });

  it("writes nothing for the default view", () => {
    expect(searchWithView("", initialViewState)).toBe("");
  });

  it("ignores invalid values with a notice, never throws", () => {
    const { state, ignored } = viewFromSearch("?event=<script>&from=2019-02-30&to=2018-01-01&lanes=sideways&status=rumoured,planned&locale=xx&actors=US!");
    expect(state.selectedId).toBeUndefined();
    expect(state.viewport).toBeUndefined();
    expect(state.grouping).toBe("category");
    expect(state.filter.statuses).toEqual(["planned"]);
    expect(state.locale).toBe("en-GB");
    expect(ignored).toHaveLength(6);
    expect(ignored.join("\n")).toMatch(/lanes=sideways \(use category, actor or none\)/);
  });

  it("drops ids the data does not have", () => {
    const { state } = viewFromSearch("?event=nope&actors=us,ussr");
    const result = reconcileView(state, { events: new Set(["a"]), actors: new Set(["us"]), categories: new Set() });
    expect(result.state.selectedId).toBeUndefined();
    expect(result.state.filter.actors).toEqual(["us"]);
    expect(result.ignored).toEqual(["event=nope (no such event)", "actors: ussr (not in this timeline)"]);
  });
});
