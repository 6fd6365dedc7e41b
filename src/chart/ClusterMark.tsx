import { memo } from "react";
import type { PlacedCluster } from "../layout/types";
import { clusterText } from "../layout/layoutTimeline";

interface Props {
  cluster: PlacedCluster;
  /** e.g. "12 events, March to May 2018" */
  description: string;
  onExpand: (cluster: PlacedCluster) => void;
}

/** A count standing for events too dense to draw; activating it zooms in until they separate. */
export const ClusterMark = memo(function ClusterMark({ cluster, description, onExpand }: Props) {
  const width = cluster.x1Px - cluster.x0Px;
  return (
    <g
      className="cluster"
      role="button"
      tabIndex={0}
      aria-label={`${description}: zoom in to see them`}
      onClick={() => onExpand(cluster)}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          e.stopPropagation();
          onExpand(cluster);
        }
      }}
    >
      <title>{`${description}: zoom in to see them`}</title>
      <rect x={cluster.x0Px} y={cluster.yPx - 10} width={width} height={20} rx={10} />
      <text x={cluster.x0Px + width / 2} y={cluster.yPx + 4} textAnchor="middle" aria-hidden="true">
        {clusterText(cluster.count)}
      </text>
    </g>
  );
});
