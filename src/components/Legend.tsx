import { memo } from "react";
import type { Labelled } from "../domain/types";

interface Props {
  categories: Labelled[];
  colourIndexOf: (categoryId: string | undefined) => number;
  /** Before the ids of its paint servers when the page holds another legend (the printed handout's). */
  idPrefix?: string;
  /** Whether the chart has an as-of line to explain (not when the data gives no as-of day). */
  asOf?: boolean;
}

/** Explains every encoding: colour is category, shape is how precise the date is, fill is status. */
export const Legend = memo(function Legend({ categories, colourIndexOf, idPrefix = "", asOf = true }: Props) {
  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend-group" aria-label="Categories (colour)">
        {categories.map((c) => (
          <li key={c.id}>
            <svg width="14" height="14" aria-hidden="true" className={`cat-${colourIndexOf(c.id)}`}>
              <rect className="swatch" x="1" y="1" width="12" height="12" rx="3" />
            </svg>
            {c.label}
          </li>
        ))}
      </ul>
      <ul className="legend-group" aria-label="Dates (shape)">
        <li>
          <svg width="22" height="14" aria-hidden="true" className="cat-legend">
            <circle className="swatch" cx="11" cy="7" r="5" />
          </svg>
          Exact day
        </li>
        <li>
          <svg width="34" height="14" aria-hidden="true" className="cat-legend">
            <rect className="swatch" x="1" y="2" width="32" height="10" rx="5" />
          </svg>
          Lasted several days
        </li>
        <li>
          <svg width="34" height="14" aria-hidden="true" className="cat-legend">
            <rect x="1" y="2" width="32" height="10" fill={`url(#${idPrefix}legend-soft)`} />
          </svg>
          Some day in this month or year
        </li>
        <li>
          <svg width="34" height="16" aria-hidden="true" className="cat-legend">
            <rect x="1" y="3" width="30" height="10" fill={`url(#${idPrefix}legend-hatch)`} />
            <line className="legend-deadline" x1="31" x2="31" y1="0" y2="16" />
          </svg>
          By a deadline (window ends at the line)
        </li>
      </ul>
      <ul className="legend-group" aria-label="Status (fill)">
        <li>
          <svg width="14" height="14" aria-hidden="true" className="cat-legend">
            <circle className="swatch" cx="7" cy="7" r="5" />
          </svg>
          Happened (solid)
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" className="cat-legend status--planned">
            <circle className="swatch" cx="7" cy="7" r="5" />
          </svg>
          Planned (dashed outline)
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" className="cat-legend status--speculated">
            <circle className="swatch" cx="7" cy="7" r="5" />
          </svg>
          Expected or speculated (dotted outline)
        </li>
        <li>
          <svg width="22" height="14" aria-hidden="true" className="cat-legend">
            <rect className="swatch" x="1" y="3" width="12" height="8" />
            <path className="swatch" d="M13,1 L20,7 L13,13 Z" />
          </svg>
          Ongoing at publication (arrow)
        </li>
        {asOf && (
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <line className="legend-asof" x1="7" x2="7" y1="0" y2="14" />
            </svg>
            Publication date (“as of”)
          </li>
        )}
      </ul>
      <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
        <defs>
          <linearGradient id={`${idPrefix}legend-soft`} x1="0" x2="1">
            <stop offset="0" stopColor="var(--legend-ink)" stopOpacity="0.08" />
            <stop offset="0.3" stopColor="var(--legend-ink)" stopOpacity="0.5" />
            <stop offset="0.7" stopColor="var(--legend-ink)" stopOpacity="0.5" />
            <stop offset="1" stopColor="var(--legend-ink)" stopOpacity="0.08" />
          </linearGradient>
          <pattern id={`${idPrefix}legend-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="var(--legend-ink)" strokeWidth="2.5" />
          </pattern>
        </defs>
      </svg>
    </section>
  );
});
