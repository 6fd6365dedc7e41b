import type { EventStatus } from "../../domain/types";
import type { MarkShape, PlacedEvent } from "../../layout/types";

export type BatchedMark = Pick<PlacedEvent, "shape" | "x0Px" | "x1Px" | "yPx" | "label" | "labelHidden" | "labelXPx" | "labelWidthPx"> & {
  event: { id: string; status: EventStatus; category?: string };
};

/** A mark's label is drawn when it has one and there was room for it. */
export const hasDrawnLabel = (mark: BatchedMark) => !mark.labelHidden && mark.label !== "";

/** Batched marks that look alike: one shape, colour and status, muted or not. */
export interface BatchedGroup {
  key: string;
  shape: MarkShape;
  status: EventStatus;
  colourIndex: number;
  isMuted: boolean;
  marks: BatchedMark[];
  /** A deadline's heavy line goes with each window. */
  hasDeadlines: boolean;
  /** An ongoing span ends in an arrow. */
  hasArrows: boolean;
}

/**
 * Label-less marks grouped by how they look (shape, colour, status, muted): 2,500 marks become a
 * few dozen groups, each drawn in one go.
 */
export function groupBatchedMarks(marks: readonly BatchedMark[], colourIndexOf: (categoryId: string | undefined) => number, mutedIds?: ReadonlySet<string>): BatchedGroup[] {
  const groups = new Map<string, BatchedGroup>();
  for (const mark of marks) {
    const { status, id, category } = mark.event;
    const colourIndex = colourIndexOf(category);
    const isMuted = mutedIds?.has(id) ?? false;
    const key = `${mark.shape}-${colourIndex}-${status}${isMuted ? "-muted" : ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, shape: mark.shape, status, colourIndex, isMuted, marks: [], hasDeadlines: mark.shape === "deadline", hasArrows: status === "ongoing" && mark.shape !== "point" };
      groups.set(key, group);
    }
    group.marks.push(mark);
  }
  // In key order, not first-seen order: the groups' probes keep their places from one zoom step to
  // the next, where first-seen order moved a dozen of them each step.
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
