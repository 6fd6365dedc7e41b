import type { ComponentProps } from "react";
import { type DenseMarksComponent, loadedDenseMarks } from "./useDenseMarks";

/**
 * The canvas layer once loaded (see useDenseMarks), nothing before. Its identity never changes (one
 * module's export, fetched once), so React keeps its canvas and state across renders; the lint
 * cannot see that through the lazy import, hence the one exception, kept out of TimelineChart.
 */
export function LoadedDenseMarks(props: ComponentProps<DenseMarksComponent>) {
  const Layer = loadedDenseMarks();
  // oxlint-disable-next-line react/static-components -- the same module-level component every render
  return Layer ? <Layer {...props} /> : null;
}
