import type { PlacedLane } from "../layout/types";

/** Each lane's name, and a rule between lanes. */
export function Lanes({ lanes, widthPx }: { lanes: PlacedLane[]; widthPx: number }) {
  return (
    <g className="lanes" aria-hidden="true">
      {lanes.map((lane, i) => (
        <g key={lane.id} className="lane">
          {i > 0 && <line className="lane-rule" x1={0} x2={widthPx} y1={lane.yPx - 18} y2={lane.yPx - 18} />}
          <text className="lane-label" x={6} y={lane.yPx - 5}>
            {lane.label}
          </text>
        </g>
      ))}
    </g>
  );
}
