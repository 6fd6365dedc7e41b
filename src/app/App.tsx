import { useTimelineData, type DataState } from "../data/useTimelineData";
import { ExploreView } from "./ExploreView";
import { DataIntake } from "../data/DataIntake";
import { LazyIssueReport } from "../components/LazyIssueReport";
import { problemsIn } from "../domain/issuePath";
import { pageOptionsFromSearch } from "../embed/pageOptions";
import { lazy, Suspense } from "react";
import { modeOf } from "../state/appMode";
import { readParam, useLocationSearch } from "../state/url";
import type { OpenEntry } from "../library/useLibraryAutosave";
import { DEFAULT_LOCALE, isLocaleId } from "../state/locales";
import { useDateLocale } from "../state/useDateLocale";
import "../components/print.css";
import type { Dataset } from "../domain/types";
import { formatCount } from "../domain/formatCount";

// Loaded only in their modes, so that explore and embed pages do not carry them (lean embeds).
const PresentationMode = lazy(() => import("../presentation/PresentationMode").then((m) => ({ default: m.PresentationMode })));
const LibraryView = lazy(() => import("../library/LibraryView"));
const PresenterView = lazy(() => import("../presentation/PresenterView").then((m) => ({ default: m.PresenterView })));
const loadingMode = (
  <p className="loading" role="status">
    Loading…
  </p>
);

/** The app: loads the dataset (bundled, or `?data=`), then shows it. */
export function App({ search: searchAtStart = window.location.search }: { search?: string }) {
  // Follows navigation between modes (Present, Exit) and Back/Forward.
  const search = useLocationSearch(searchAtStart);
  const params = new URLSearchParams(search);
  const [data, controls] = useTimelineData(params.get("data"), params.get("format"));
  // The dates' language from the address arrives before the timeline is shown in it.
  const localeParam = params.get("locale") ?? DEFAULT_LOCALE;
  const localeReady = useDateLocale(isLocaleId(localeParam) ? localeParam : DEFAULT_LOCALE) !== undefined;
  const shown: DataState = data.state === "ready" && !localeReady ? { state: "loading" } : data;
  const embed = params.get("mode") === "embed";
  const library = modeOf(search) === "explore" && readParam(search, "view").value === "library";
  return (
    <div id="app" className={embed ? "app is-embed" : "app"} data-state={shown.state}>
      <DataIntake data={data} controls={controls} showChrome={!embed && !library && modeOf(search) === "explore"}>
        <AppBody data={shown} search={search} openEntry={controls.open} library={library} onEdit={controls.edit} />
      </DataIntake>
    </div>
  );
}

function AppBody({ data, search, openEntry, library, onEdit }: { data: DataState; search: string; openEntry: OpenEntry; library: boolean; onEdit: (next: Dataset) => void }) {
  // The library does not need the timeline: it shows even when the one on screen failed to load.
  if (library) {
    return (
      <Suspense fallback={loadingMode}>
        <LibraryView search={search} openEntry={openEntry} />
      </Suspense>
    );
  }
  if (data.state === "loading") {
    return (
      <>
        <p className="loading" role="status">
          {data.progress ? `Checking the timeline’s events: ${formatCount(data.progress.checked)} of ${formatCount(data.progress.total)}…` : "Loading timeline…"}
        </p>
        {data.cancel && (
          <p className="loading">
            <button type="button" className="text-button" onClick={data.cancel}>
              Cancel
            </button>
          </p>
        )}
      </>
    );
  }
  if (data.state === "error") {
    return (
      <main className="error-page">
        <div role="alert" className="alert">
          <h1>This timeline could not be opened</h1>
          <p>{data.message}</p>
        </div>
        <LazyIssueReport issues={data.issues} summary={problemsIn(data.issues, data.name)} />
        <p>
          <a href="?">Open the bundled timeline instead</a>
        </p>
      </main>
    );
  }
  const mode = modeOf(search);
  if (mode === "present")
    return (
      <Suspense fallback={loadingMode}>
        <PresentationMode timeline={data.timeline} search={search} />
      </Suspense>
    );
  if (mode === "presenter")
    return (
      <Suspense fallback={loadingMode}>
        <PresenterView timeline={data.timeline} search={search} />
      </Suspense>
    );
  const page = pageOptionsFromSearch(search);
  return <ExploreView key={data.loadId} timeline={data.timeline} issues={data.issues} eventCount={data.eventCount} name={data.name} search={search} embed={page.embed ? page.parts : undefined} embedHeightPx={page.embed ? page.heightPx : undefined} pageNotices={page.ignored} openedHere={data.origin === "opened" || data.origin === "shared" ? data.name : undefined} dataset={data.dataset} onEdit={onEdit} />;
}
