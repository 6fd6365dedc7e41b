import type { Tick } from "../layout/types";

interface Props {
  ticks: Tick[];
  heightPx: number;
  topPx: number;
}

/** The time axis along the top, with light grid lines down through the lanes. */
export function Axis({ ticks, heightPx, topPx }: Props) {
  return (
    <g className="axis" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick.day} transform={`translate(${tick.xPx},0)`} className={tick.major ? "tick is-major" : "tick"}>
          <line className="tick-grid" y1={topPx - 6} y2={heightPx} />
          <text className="tick-label" y={topPx - 12} x={tick.anchorEnd ? -3 : 3} textAnchor={tick.anchorEnd ? "end" : "start"}>
            {tick.label}
          </text>
        </g>
      ))}
      <line className="axis-line" x1={0} x2="100%" y1={topPx - 6} y2={topPx - 6} />
    </g>
  );
}
