import { describe, expect, it } from "vitest";
import { select } from "d3-selection";
import { loadWithoutD3Transitions } from "../../scripts/withoutD3Transitions";
import { interrupt, TRANSITIONS_LEFT_OUT } from "../../scripts/d3TransitionStandIn.js";

describe("withoutD3Transitions (build plugin)", () => {
  it.each(["/app/node_modules/d3-transition/dist/d3-transition.mjs", "C:\\app\\node_modules\\d3-transition\\dist\\d3-transition.mjs"])("puts the stand-in in place of d3-transition (%s)", (id) => {
    expect(loadWithoutD3Transitions(id)).toMatch(/export function interrupt/);
  });

  it.each(["/app/node_modules/d3-zoom/dist/d3-zoom.mjs", "/app/node_modules/d3-transition/dist/d3-transition.min.js", "/app/node_modules/d3/src/index.js", "/app/src/chart/useZoomBehavior.ts"])("leaves every other module as it is (%s)", (id) => {
    expect(loadWithoutD3Transitions(id)).toBeUndefined();
  });

  it("lets d3-zoom interrupt a selection that has no transition, as every node here has none", () => {
    const node = {};
    const selection = select(node as Element);
    expect(selection.interrupt()).toBe(selection);
    expect(() => interrupt(node as Element)).not.toThrow();
  });

  it("makes a transition fail at once and say why, rather than animate nothing", () => {
    expect(() => select({} as Element).transition()).toThrow(TRANSITIONS_LEFT_OUT);
    expect(() => interrupt({ __transition: {} } as unknown as Element)).toThrow(TRANSITIONS_LEFT_OUT);
  });
});
