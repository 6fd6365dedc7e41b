import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { App } from "./app/App";
import "./app/app.css";
import "./app/themes.css";
import { setUpPage } from "./embed/setUpPage";
import { prefetchDataset } from "./data/prefetchDataset";
import { loadBundled } from "./data/bundledTimeline";

// `?data=` starts downloading now, while React renders the loading state.
prefetchDataset(window.location.search);
// Theme, accent and (in an embed) the sizing messages, before the first render.
setUpPage(window);
// Without `?data=` the bundled timeline is shown: the page's head asked for its file while this
// script loaded, so it is here (or nearly) and the first render can show it. A failure is the
// app's to report.
if (!new URLSearchParams(window.location.search).has("data")) await loadBundled().catch(() => undefined);

// The first render in one go rather than time-sliced: the page has nothing else to do meanwhile,
// and slicing made the default view ready later (a fifth, in medians of 7 loads).
const root = createRoot(document.getElementById("root")!);
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
