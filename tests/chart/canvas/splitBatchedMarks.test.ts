import { describe, expect, it } from "vitest";
import { BATCHED_MARK_THRESHOLD, splitBatchedMarks } from "../../../src/chart/canvas/splitBatchedMarks";
import { batchedPathOf, groupBatchedMarks, type BatchedMark } from "../../../src/chart/canvas/batchedPaths";
import { markAt } from "../../../src/chart/markGeometry";
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

describe("groups of painted marks, and their vector form", () => {
  const colourOf = (category: string | undefined) => (category === "summit" ? 1 : 0);
  const batchedPaths = (marks: BatchedMark[], colourIndexOf: typeof colourOf, mutedIds?: ReadonlySet<string>) => groupBatchedMarks(marks, colourIndexOf, mutedIds).map((g) => batchedPathOf(g));

  it("draws marks that look alike as one path, and marks that differ in colour, shape or status apart", () => {
    const paths = batchedPaths(
      [
        placed("a", "point", 10, 10, 50),
        placed("b", "point", 30, 30, 50),
        placed("c", "point", 50, 50, 50, "planned"),
        placed("d", "point", 70, 70, 50, "happened", "summit"),
        placed("e", "span", 80, 120, 50),
      ],
      colourOf,
    );
    expect(paths.map((p) => [p.key, p.count])).toEqual([
      ["point-0-happened", 2],
      ["point-0-planned", 1],
      ["point-1-happened", 1],
      ["span-0-happened", 1],
    ]);
    // The order is the looks', not the marks': groups keep their places as marks move between zoom steps.
    const reversed = batchedPaths([placed("e", "span", 80, 120, 50), placed("d", "point", 70, 70, 50, "happened", "summit"), placed("a", "point", 10, 10, 50), placed("c", "point", 50, 50, 50, "planned")], colourOf);
    expect(reversed.map((p) => p.key)).toEqual(["point-0-happened", "point-0-planned", "point-1-happened", "span-0-happened"]);
    // One subpath per mark: each circle starts with its own move.
    expect(paths[0].d.match(/M/g)).toHaveLength(2);
    expect(paths[0].d).toContain(`M${10 - (POINT_RADIUS_PX - 1)},50a`);
  });

  it("adds a deadline's line and an ongoing span's arrow, and separates muted marks", () => {
    const paths = batchedPaths([placed("w", "deadline", 10, 60, 50), placed("o", "span", 100, 150, 50, "ongoing"), placed("m", "span", 200, 250, 50, "ongoing")], colourOf, new Set(["m"]));
    const window = paths.find((p) => p.shape === "deadline")!;
    expect(window.deadlinesD).toBe("M60,42v24"); // centred on the bar, 4 px below the row
    const [ongoing, muted] = paths.filter((p) => p.status === "ongoing");
    expect(ongoing.arrowsD).toBe("M150,46l9,8l-9,8z");
    expect([ongoing.isMuted, muted.isMuted]).toEqual([false, true]);
    expect(paths.find((p) => p.shape === "span" && p.status === "happened")).toBeUndefined();
  });
});
