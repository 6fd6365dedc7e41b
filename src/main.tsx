import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { App } from "./app/App";
import "./app/app.css";
import "./app/palette.css";
import { setUpPage } from "./embed/setUpPage";
import { datasetSettledOrAfter, prefetchDataset } from "./data/prefetchDataset";
import { loadBundled } from "./data/bundledTimeline";
import { exploreToolsModule } from "./app/exploreToolsModule";
import { modeOf } from "./state/appMode";
import { verticalChartModule } from "./chart/vertical/verticalChartModule";
import { mayBeVertical } from "./state/chartLayout";
import { measureChartWidthAtStart } from "./app/chartWidthAtStart";

// `?data=` starts downloading and importing now, unless the page's head started it already
// (data/dataPageStart.ts).
prefetchDataset(window.location.search);
// Theme, accent and (in an embed) the sizing messages, before the first render.
setUpPage(window);
// Without `?data=` the bundled timeline is shown, and the explorer has its tools: the page's head
// asked for both while this script loaded, so they are here (or nearly) and the first render shows
// them. A failure is the app's to report (the timeline) or to do without (the tools). Not a
// top-level await: the tools' chunk imports this one, which must have finished evaluating first.
// A narrow window (a phone) draws time down the page: that layout's code too, so that the first
// render is already the right layout.
const search = window.location.search;
const mode = modeOf(search);
const DATA_WAIT_MS = 400;
// A `?data=` file is given a moment to arrive and be imported, so that the first render is the
// timeline, not a loading page replaced at once (60–110 ms of rendering at 1,000 events); a large
// or slow file gets the loading page, with the import's progress, after that moment.
void Promise.all([
  new URLSearchParams(search).has("data") ? datasetSettledOrAfter(search, DATA_WAIT_MS) : loadBundled().catch(() => undefined),
  mode === "explore" ? exploreToolsModule.load().catch(() => undefined) : undefined,
  (mode === "explore" || mode === "embed") && mayBeVertical(search, window.innerWidth) ? verticalChartModule.load().catch(() => undefined) : undefined,
]).then(() => {
  // The first render in one go rather than time-sliced: the page has nothing else to do meanwhile,
  // and slicing made the default view ready later (a fifth, in medians of 7 loads).
  const element = document.getElementById("root")!;
  if (mode === "explore" || mode === "embed") measureChartWidthAtStart(element, mode === "embed");
  const root = createRoot(element);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
