import type { Timeline, TimelineEvent } from "../domain/types";
import { DataMenu } from "../data/DataMenu";
import { useDataActions } from "../data/dataActions";
import { EmbedButton } from "../embed/EmbedButton";
import { PresentButton } from "../presentation/PresentButton";
import { ExportMenu } from "../components/ExportMenu";
import { PrintHandout } from "../components/PrintHandout";
import type { LaneGrouping } from "../layout/types";
import type { Locale } from "date-fns";
import type { ChartModel } from "../chart/useChartModel";

// The as-of control comes with the tools: an embed shows the day its address gives, with no control.
export { AsOfControl } from "../components/AsOfControl";

interface Props {
  timeline: Timeline;
  /** The events of the current filter. */
  events: TimelineEvent[];
  locale: Locale;
  grouping: LaneGrouping;
  selectedId?: string;
  /** The current view's address, for the embed snippet. */
  viewSearch: string;
  /** The name of a timeline opened from this computer (no embed can load it). */
  openedHere?: string;
  /** The chart as it is on screen, for images. */
  model: ChartModel | undefined;
  query: string;
  /** The visible range in words, under an exported image's title. */
  rangeWords: string;
  /** "Add an article…" to the timeline on screen, when it can be edited. */
  onAddArticle?: () => void;
}

/**
 * What the explorer has and an embed does not: the Data menu, Embed, Present, images and the
 * printed handout. A chunk of its own (see exploreToolsModule), which the page's head preloads on
 * the explorer's pages and the explorer waits for before its first render.
 */
export function ExploreTools({ timeline, events, locale, grouping, selectedId, viewSearch, openedHere, model, query, rangeWords, onAddArticle }: Props) {
  const dataActions = useDataActions();
  return (
    <>
      <DataMenu onAddArticle={onAddArticle} />
      <EmbedButton viewSearch={viewSearch} title={timeline.title} openedHere={openedHere} dataset={dataActions?.current?.dataset} />
      <PresentButton selectedId={selectedId} />
      <ExportMenu model={model} query={query} subtitle={rangeWords} />
      <PrintHandout timeline={timeline} events={events} locale={locale} grouping={grouping} />
    </>
  );
}
