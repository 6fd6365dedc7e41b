/**
 * The peer page for `--peer vis-timeline`: a harness that loads vis-timeline's standalone build
 * (copied from node_modules, no CDN), fetches `?data=bench-data/events-N.vis.json` (the same
 * events as the app's `events-N.json`, see toVisData.ts) and draws them in a 1280×800 timeline
 * with vis-timeline's defaults.
 *
 * It speaks the probe's language (pageProbe.ts): `#app[data-state]` goes from "loading" to "ready"
 * once the items are drawn, or to "error" with a `[role="alert"]` message.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { VIEWPORT } from "./benchConfig";

const require = createRequire(import.meta.url);

/**
 * The standalone UMD bundles vis-data, moment and hammer.js and defines `window.vis`. It also
 * injects vis-timeline's stylesheet itself (a <style> element as it loads), so the page links no
 * separate CSS file: that would load the same rules twice and count them twice in the weight.
 */
const STANDALONE_SCRIPT = "standalone/umd/vis-timeline-graph2d.min.js";

/** vis-timeline's version, from its package.json in node_modules. */
export function visTimelineVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageDir(), "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

function packageDir(): string {
  return dirname(require.resolve("vis-timeline/package.json"));
}

/**
 * Ready means the events are on screen, in the window vis-timeline fits to them. Its first redraw
 * shows its default window (days around today); its own `changed` listener, registered before
 * ours, then fits the window to the items, which fires `rangechange` before our `changed`
 * listener hears of that first redraw. Every redraw after the fit draws the fitted window, so
 * the page is ready at the end of the next redraw: the next `changed` (vis-timeline emits it at
 * the end of every redraw whose layout settled). Were the fit to leave the window where it was
 * (no `rangechange` first), the first redraw is already the one. `onInitialDrawComplete` is not
 * the signal: it fires a task after the first redraw, with the default window still drawn when
 * few items are loaded (the fitted redraw waits for vis-timeline's 200 ms `rangechanged` timer).
 */
export const HARNESS_SOURCE = `(() => {
  "use strict";
  const app = document.getElementById("app");
  const container = document.getElementById("timeline");
  const fail = (message) => {
    const alert = document.createElement("p");
    alert.setAttribute("role", "alert");
    alert.textContent = message;
    app.append(alert);
    app.dataset.state = "error";
  };
  const dataUrl = new URLSearchParams(location.search).get("data");
  if (!dataUrl) return fail("no ?data= given: the harness needs bench-data/events-N.vis.json");
  if (typeof vis === "undefined") return fail("vis-timeline's script did not load");
  fetch(dataUrl)
    .then((response) => {
      if (!response.ok) throw new Error(dataUrl + ": HTTP " + response.status);
      return response.json();
    })
    .then((data) => {
      const timeline = new vis.Timeline(container, new vis.DataSet(data.items), new vis.DataSet(data.groups), {
        width: "100%",
        height: "${VIEWPORT.height}px",
        // The default, spelled out: the plain wheel zooms, as it does in the app.
        zoomKey: "",
      });
      let redraws = 0;
      let fitMoved = false;
      timeline.on("rangechange", () => {
        if (redraws === 0) fitMoved = true;
      });
      timeline.on("changed", () => {
        redraws += 1;
        const fitted = redraws >= 2 || !fitMoved;
        if (fitted && app.dataset.state === "loading" && container.querySelector(".vis-item")) app.dataset.state = "ready";
      });
      window.benchTimeline = timeline;
    })
    .catch((error) => fail(String((error && error.message) || error)));
})();
`;

const HARNESS_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>vis-timeline (benchmark peer)</title>
    <style>
      html, body { margin: 0; }
      #timeline { width: ${VIEWPORT.width}px; height: ${VIEWPORT.height}px; }
    </style>
    <script src="./vis-timeline-graph2d.min.js" defer></script>
    <script src="./harness.js" defer></script>
  </head>
  <body>
    <div id="app" data-state="loading"><div id="timeline"></div></div>
  </body>
</html>
`;

/** Write the harness page and vis-timeline's script into `dir` (created when missing). */
export function writeVisHarness(dir: string): void {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(packageDir(), STANDALONE_SCRIPT), join(dir, "vis-timeline-graph2d.min.js"));
  writeFileSync(join(dir, "harness.js"), HARNESS_SOURCE);
  writeFileSync(join(dir, "index.html"), HARNESS_HTML);
}
