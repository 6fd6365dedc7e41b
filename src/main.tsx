import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./app/app.css";
import "./app/themes.css";
import { setUpPage } from "./embed/setUpPage";

// Theme, accent and (in an embed) the sizing messages, before the first render.
setUpPage(window);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
