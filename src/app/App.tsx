import { useCallback, useMemo, useReducer } from "react";
import type { Issue, Timeline } from "../domain/types";
import { layoutTimeline, fitViewport } from "../layout/layoutTimeline";
import type { LaneGrouping } from "../layout/types";
import { initialViewState, viewReducer } from "../state/viewState";
import { TimelineChart } from "../chart/TimelineChart";
import { useChartDimensions } from "../chart/useChartDimensions";
import { createCanvasTextMeasurer } from "../chart/measureText";
import { CATEGORY_COLOURS } from "../chart/palette";
import { Legend } from "../components/Legend";
import { DetailsPanel } from "../components/DetailsPanel";
import { IssueReport } from "../components/IssueReport";
import { CreditLine } from "../components/CreditLine";
import { useTimelineData, type DataState } from "./useTimelineData";

/** Must match `.mark-label` in app.css: labels are measured in the font they are drawn in. */
const LABEL_FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export function App({ search = window.location.search }: { search?: string }) {
  const dataUrl = new URLSearchParams(search).get("data");
  const data = useTimelineData(dataUrl);
  return (
    <div id="app" className="app" data-state={data.state}>
      <AppBody data={data} />
    </div>
  );
}

function AppBody({ data }: { data: DataState }) {
  if (data.state === "loading") {
    return (
      <p className="loading" role="status">
        Loading timeline…
      </p>
    );
  }
  if (data.state === "error") {
    return (
      <main className="error-page">
        <div role="alert" className="alert">
          <h1>This timeline could not be opened</h1>
          <p>{data.message}</p>
        </div>
        <IssueReport issues={data.issues} summary={`${data.issues.length} problem${data.issues.length === 1 ? "" : "s"} in ${data.name}`} />
        <p>
          <a href="?">Open the bundled timeline instead</a>
        </p>
      </main>
    );
  }
  return <TimelineView timeline={data.timeline} issues={data.issues} eventCount={data.eventCount} name={data.name} />;
}

interface ViewProps {
  timeline: Timeline;
  issues: Issue[];
  eventCount: number;
  name: string;
}

function TimelineView({ timeline, issues, eventCount, name }: ViewProps) {
  const [view, dispatch] = useReducer(viewReducer, initialViewState);
  const { ref, widthPx } = useChartDimensions<HTMLDivElement>();
  const measureText = useMemo(() => createCanvasTextMeasurer(LABEL_FONT, 13), []);
  const colourIndexOf = useMemo(() => {
    const index = new Map(timeline.categories.map((c, i) => [c.id, i]));
    // More categories than colours share a colour; the lane name and details still tell them apart.
    return (id: string | undefined) => (id === undefined ? index.size : (index.get(id) ?? index.size)) % CATEGORY_COLOURS.length;
  }, [timeline.categories]);
  const viewport = useMemo(() => view.viewport ?? fitViewport(timeline.events, [timeline.asOfDay]), [view.viewport, timeline]);
  const layout = useMemo(
    () =>
      layoutTimeline(timeline.events, {
        viewport,
        widthPx,
        grouping: view.grouping,
        actors: timeline.actors,
        categories: timeline.categories,
        measureText,
      }),
    [timeline, viewport, widthPx, view.grouping, measureText],
  );
  const selected = timeline.events.find((e) => e.id === view.selectedId);
  const select = useCallback((id: string | undefined) => dispatch({ type: "select", id }), []);
  const skipped = eventCount - timeline.events.length;

  return (
    <>
      <header className="masthead">
        <h1>{timeline.title}</h1>
        {timeline.description && <p className="dek">{timeline.description}</p>}
      </header>
      <main className="layout">
        <div className="chart-column">
          <div className="toolbar" role="toolbar" aria-label="Timeline view">
            <label>
              Lanes{" "}
              <select value={view.grouping} onChange={(e) => dispatch({ type: "setGrouping", grouping: e.target.value as LaneGrouping })}>
                <option value="category">by category</option>
                <option value="actor">by actor (first named)</option>
                <option value="none">none</option>
              </select>
            </label>
            <span className="count">{timeline.events.length} events</span>
          </div>
          {issues.length > 0 && (
            <IssueReport
              issues={issues}
              summary={skipped > 0 ? `${timeline.events.length} of ${eventCount} events shown; ${skipped} skipped. Show the problems` : `${issues.length} warning${issues.length === 1 ? "" : "s"} in ${name}`}
            />
          )}
          <div className="chart-frame" ref={ref}>
            <TimelineChart
              timeline={timeline}
              layout={layout}
              selectedId={view.selectedId}
              colourIndexOf={colourIndexOf}
              onSelect={select}
              label={`Timeline of ${timeline.events.length} events`}
            />
          </div>
          <Legend categories={timeline.categories} colourIndexOf={colourIndexOf} />
          <CreditLine timeline={timeline} />
        </div>
        {selected && <DetailsPanel event={selected} timeline={timeline} onClose={() => select(undefined)} />}
      </main>
    </>
  );
}
