import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./app/app.css";
import "./app/themes.css";
import { setUpPage } from "./embed/setUpPage";
import { prefetchDataset } from "./app/prefetchDataset";

// `?data=` starts downloading now, while React renders the loading state.
prefetchDataset(window.location.search);
// Theme, accent and (in an embed) the sizing messages, before the first render.
setUpPage(window);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
