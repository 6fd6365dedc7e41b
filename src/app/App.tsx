import { useTimelineData, type DataState } from "./useTimelineData";
import { ExploreView } from "./ExploreView";
import { IssueReport } from "../components/IssueReport";
import { pageOptionsFromSearch } from "../embed/pageOptions";

/** The app: loads the dataset (bundled, or `?data=`), then shows it. */
export function App({ search = window.location.search }: { search?: string }) {
  const dataUrl = new URLSearchParams(search).get("data");
  const data = useTimelineData(dataUrl);
  const embed = new URLSearchParams(search).get("mode") === "embed";
  return (
    <div id="app" className={embed ? "app is-embed" : "app"} data-state={data.state}>
      <AppBody data={data} search={search} />
    </div>
  );
}

function AppBody({ data, search }: { data: DataState; search: string }) {
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
  const page = pageOptionsFromSearch(search);
  return <ExploreView timeline={data.timeline} issues={data.issues} eventCount={data.eventCount} name={data.name} search={search} embed={page.embed ? page.parts : undefined} pageNotices={page.ignored} />;
}
