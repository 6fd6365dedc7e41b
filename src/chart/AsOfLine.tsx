import type { Locale } from "date-fns";
import { formatDay } from "../domain/fuzzyDate";

interface Props {
  xPx: number;
  topPx: number;
  heightPx: number;
  asOfDay: number;
  locale: Locale;
}

/** The day the source was published: what lies right of it was still future when it was written. */
export function AsOfLine({ xPx, topPx, heightPx, asOfDay, locale }: Props) {
  return (
    <g className="as-of" aria-hidden="true">
      <line x1={xPx} x2={xPx} y1={topPx} y2={heightPx} />
      <text x={xPx - 4} y={heightPx - 6} textAnchor="end">
        As of {formatDay(asOfDay, locale)}
      </text>
    </g>
  );
}
