import { describe, expect, it } from "vitest";
import { BATCHED_MARK_THRESHOLD, splitBatchedMarks } from "../../../src/chart/canvas/splitBatchedMarks";
import { groupBatchedMarks, type BatchedMark } from "../../../src/chart/canvas/batchedGroups";
import { arrowOf, deadlineOf, markAt } from "../../../src/chart/markGeometry";
import { POINT_RADIUS_PX } from "../../../src/layout/layoutTimeline";
import type { EventStatus } from "../../../src/domain/types";
import type { MarkShape } from "../../../src/layout/types";

const mark = (id: string, labelHidden: boolean) => ({ event: { id }, labelHidden });
const placed = (id: string, shape: MarkShape, x0Px: number, x1Px: number, yPx: number, status: EventStatus = "happened", category = "talks"): BatchedMark => ({
  event: { id, status, category },
  shape,
  x0Px,
  x1Px,
  yPx,
  label: "",
  labelHidden: true,
  labelXPx: x0Px,
  labelWidthPx: 0,
});

describe("splitBatchedMarks", () => {
  it("keeps every mark an element while the view holds few", () => {
    const marks = Array.from({ length: BATCHED_MARK_THRESHOLD }, (_, i) => mark(`e${i}`, true));
    const { vector, batched } = splitBatchedMarks(marks, new Set());
    expect(vector).toHaveLength(BATCHED_MARK_THRESHOLD);
    expect(batched).toEqual([]);
  });

  it("in a crowded view paints every mark together but the ones the reader is using, labelled or not", () => {
    const marks = [mark("labelled", false), mark("selected", true), mark("focused", false), ...Array.from({ length: 10 }, (_, i) => mark(`bare${i}`, true))];
    const { vector, batched } = splitBatchedMarks(marks, new Set(["selected", "focused", undefined]), 5);
    expect(vector.map((m) => m.event.id)).toEqual(["selected", "focused"]);
    expect(batched.map((m) => m.event.id)).toEqual(["labelled", ...Array.from({ length: 10 }, (_, i) => `bare${i}`)]);
  });
});

describe("markAt (finding a batched mark under the pointer)", () => {
  const marks = [placed("point", "point", 100, 100, 50), placed("bar", "span", 200, 260, 50), placed("other-row", "point", 100, 100, 84)];

  it("hits a point within its radius and a bar along its length, in the right row", () => {
    expect(markAt(marks, 100 + POINT_RADIUS_PX - 1, 50)?.event.id).toBe("point");
    expect(markAt(marks, 230, 54)?.event.id).toBe("bar"); // bars sit 4 px below the row's centre
    expect(markAt(marks, 100, 84)?.event.id).toBe("other-row");
  });

  it("misses empty space between marks and rows", () => {
    expect(markAt(marks, 150, 50)).toBeUndefined();
    expect(markAt(marks, 100, 67)).toBeUndefined();
    expect(markAt(marks, 280, 54)).toBeUndefined();
  });

  it("gives a one-day bar a minimum width to hit, and prefers the nearer of two overlapping marks", () => {
    expect(markAt([placed("thin", "span", 300, 300.2, 50)], 302, 54)?.event.id).toBe("thin");
    const overlapping = [placed("long", "span", 0, 400, 50), placed("dot", "point", 210, 210, 50)];
    expect(markAt(overlapping, 212, 52)?.event.id).toBe("dot");
    expect(markAt(overlapping, 20, 54)?.event.id).toBe("long");
  });
});

describe("groups of painted marks", () => {
  const colourOf = (category: string | undefined) => (category === "summit" ? 1 : 0);

  it("puts marks that look alike in one group, and marks that differ in colour, shape or status apart, in the looks' order", () => {
    const groups = groupBatchedMarks(
      [
        placed("a", "point", 10, 10, 50),
        placed("b", "point", 30, 30, 50),
        placed("c", "point", 50, 50, 50, "planned"),
        placed("d", "point", 70, 70, 50, "happened", "summit"),
        placed("e", "span", 80, 120, 50),
      ],
      colourOf,
    );
    expect(groups.map((g) => [g.key, g.marks.length])).toEqual([
      ["point-0-happened", 2],
      ["point-0-planned", 1],
      ["point-1-happened", 1],
      ["span-0-happened", 1],
    ]);
    // The order is the looks', not the marks': groups keep their places as marks move between zoom steps.
    const reversed = groupBatchedMarks([placed("e", "span", 80, 120, 50), placed("d", "point", 70, 70, 50, "happened", "summit"), placed("a", "point", 10, 10, 50), placed("c", "point", 50, 50, 50, "planned")], colourOf);
    expect(reversed.map((g) => g.key)).toEqual(["point-0-happened", "point-0-planned", "point-1-happened", "span-0-happened"]);
  });

  it("gives windows their deadline's line and ongoing spans their arrow, where the SVG mark draws them, and separates muted marks", () => {
    const groups = groupBatchedMarks([placed("w", "deadline", 10, 60, 50), placed("o", "span", 100, 150, 50, "ongoing"), placed("m", "span", 200, 250, 50, "ongoing")], colourOf, new Set(["m"]));
    const window = groups.find((g) => g.shape === "deadline")!;
    expect(window.hasDeadlines).toBe(true);
    expect(deadlineOf(window.marks[0])).toEqual({ xPx: 60, y0Px: 42, y1Px: 66 }); // centred on the bar, 4 px below the row
    const [ongoing, muted] = groups.filter((g) => g.status === "ongoing");
    expect(ongoing.hasArrows).toBe(true);
    expect(arrowOf(ongoing.marks[0])).toEqual([[150, 46], [159, 54], [150, 62]]);
    expect([ongoing.isMuted, muted.isMuted]).toEqual([false, true]);
  });
});
