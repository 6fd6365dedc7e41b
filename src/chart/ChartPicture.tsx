import type { ChartModel } from "./useChartModel";
import { Axis } from "./Axis";
import { AsOfLine } from "./AsOfLine";
import { ChartDefs } from "./ChartDefs";
import { MarkBody } from "./EventMark";
import { Lanes } from "./Lanes";
import { LinkPaths } from "./LinkPaths";
import { clusterText } from "../layout/layoutTimeline";

interface Props {
  model: ChartModel;
  /** Names the picture's paint servers apart from those of the chart on screen. */
  idPrefix: string;
  /** What the picture shows, in words. */
  label: string;
  /** A search whose matches the labels show, as on screen. */
  query?: string;
}

/**
 * The chart as a still picture, for the printed handout: the marks, axis, lanes and "as of" line
 * that TimelineChart draws from the same layout, with nothing to focus or click and no event ids,
 * so the page keeps one interactive chart and one set of event marks.
 */
export function ChartPicture({ model, idPrefix, label, query = "" }: Props) {
  const { timeline, layout, locale, colourIndexOf } = model;
  return (
    <svg className="chart-picture" viewBox={`0 0 ${layout.widthPx} ${layout.heightPx}`} width={layout.widthPx} height={layout.heightPx} role="img" aria-label={label}>
      <ChartDefs paints={model.paints} idPrefix={idPrefix} />
      <Axis ticks={layout.ticks} heightPx={layout.heightPx} topPx={layout.plotTopPx} />
      <Lanes lanes={layout.lanes} widthPx={layout.widthPx} />
      {timeline.asOfDay !== undefined && <AsOfLine xPx={layout.xOfDay(timeline.asOfDay + 1)} topPx={layout.plotTopPx - 6} heightPx={layout.heightPx} asOfDay={timeline.asOfDay} locale={locale} />}
      {layout.events.map((placed) => (
        <g key={placed.event.id} className={`mark mark--${placed.shape} status--${placed.event.status} cat-${colourIndexOf(placed.event.category)}`} transform={`translate(${placed.x0Px},${placed.yPx})`}>
          <MarkBody
            paintIdPrefix={idPrefix}
            shape={placed.shape}
            status={placed.event.status}
            colourIndex={colourIndexOf(placed.event.category)}
            ariaLabel={placed.event.title}
            widthPx={placed.x1Px - placed.x0Px}
            label={placed.labelHidden ? undefined : placed.label}
            labelXPx={placed.labelXPx - placed.x0Px}
            labelWidthPx={placed.labelWidthPx}
            query={query}
          />
        </g>
      ))}
      <LinkPaths links={model.links} />
      {layout.clusters.map((cluster, i) => (
        <g key={i} className="cluster">
          <rect x={cluster.x0Px} y={cluster.yPx - 10} width={cluster.x1Px - cluster.x0Px} height={20} rx={10} />
          <text x={(cluster.x0Px + cluster.x1Px) / 2} y={cluster.yPx + 4} textAnchor="middle">
            {clusterText(cluster.count)}
          </text>
        </g>
      ))}
    </svg>
  );
}
