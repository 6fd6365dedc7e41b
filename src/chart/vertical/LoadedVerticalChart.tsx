import type { VerticalChartProps } from "./VerticalChart";
import { verticalChartModule } from "./verticalChartModule";

/**
 * The vertical layout once its chunk has arrived (useChartLayout says "vertical" only then). Its
 * identity never changes (one module's export, fetched once), so React keeps its state across
 * renders; the lint cannot see that through the lazy import, hence the one exception, kept here.
 */
export function LoadedVerticalChart(props: VerticalChartProps) {
  const Chart = verticalChartModule.loaded()?.VerticalChart;
  // oxlint-disable-next-line react/static-components -- the same module-level component every render
  return Chart ? <Chart {...props} /> : null;
}
