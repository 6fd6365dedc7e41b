import { memo, useMemo } from "react";
import { densePaths, type DenseMark } from "./densePaths";

interface Props {
  marks: readonly DenseMark[];
  colourIndexOf: (categoryId: string | undefined) => number;
  mutedIds?: ReadonlySet<string>;
}

/**
 * The label-less marks of a crowded view, a few batched paths rather than an element each
 * (issue 8). A picture only: the pointer finds these marks by position (TimelineChart), the
 * keyboard reaches every event through the marks and the list, and each gets an element of its
 * own as soon as it is hovered, focused or selected. Styled by the same classes as EventMark.
 */
export const DenseMarks = memo(function DenseMarks({ marks, colourIndexOf, mutedIds }: Props) {
  const paths = useMemo(() => densePaths(marks, colourIndexOf, mutedIds), [marks, colourIndexOf, mutedIds]);
  return (
    <g className="dense-marks" aria-hidden="true">
      {paths.map((p) => (
        <g key={p.key} className={`dense-group status--${p.status} cat-${p.colourIndex}${p.isMuted ? " is-muted" : ""}`}>
          <path
            className={`mark-shape${p.shape === "fuzzy" ? " mark-soft-dense" : p.shape === "deadline" ? " mark-window" : ""}`}
            d={p.d}
            // A style, not a fill attribute: the class rules for .mark-shape would override an attribute.
            style={p.shape === "deadline" ? { fill: `url(#hatch-${p.colourIndex})` } : undefined}
          />
          {p.deadlinesD && <path className="mark-deadline" d={p.deadlinesD} />}
          {p.arrowsD && <path className="mark-arrow" d={p.arrowsD} />}
        </g>
      ))}
    </g>
  );
});
