// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import { ChartPicture } from "../../src/chart/ChartPicture";
import type { ChartModel } from "../../src/chart/useChartModel";
import type { PlacedCluster } from "../../src/layout/types";

/** A model with one "+N more" group and nothing else: all the picture needs to draw the group. */
function modelWithGroup(count: number): ChartModel {
  const cluster = { x0Px: 100, x1Px: 190, yPx: 50, count, startDay: 0, endDay: 10, firstEventId: "a", lastEventId: "b" } as unknown as PlacedCluster;
  return {
    timeline: { title: "t", events: [], asOfDay: undefined },
    layout: { widthPx: 400, heightPx: 120, plotTopPx: 20, ticks: [], lanes: [], events: [], clusters: [cluster], xOfDay: () => 0 },
    links: [],
    paints: { soft: [], hatch: [] },
    colourIndexOf: () => 0,
  } as unknown as ChartModel;
}

describe("ChartPicture (printed handout, exported image)", () => {
  it("writes a group's count as the chart does and as the layout sized its pill: +1,197 more", () => {
    const { container } = render(<ChartPicture model={modelWithGroup(1197)} idPrefix="p-" label="picture" />);
    expect(container.querySelector(".cluster text")?.textContent).toBe("+1,197 more");
  });
});
