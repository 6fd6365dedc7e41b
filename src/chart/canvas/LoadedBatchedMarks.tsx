import type { ComponentProps } from "react";
import type { BatchedMarks } from "./BatchedMarks";
import { batchedMarksModule } from "./batchedMarksModule";

/**
 * The canvas layer once loaded (batchedMarksModule), nothing before. Its identity never changes (one
 * module's export, fetched once), so React keeps its canvas and state across renders; the lint
 * cannot see that through the lazy import, hence the one exception, kept out of TimelineChart.
 */
export function LoadedBatchedMarks(props: ComponentProps<typeof BatchedMarks>) {
  const Layer = batchedMarksModule.loaded()?.BatchedMarks;
  // oxlint-disable-next-line react/static-components -- the same module-level component every render
  return Layer ? <Layer {...props} /> : null;
}
