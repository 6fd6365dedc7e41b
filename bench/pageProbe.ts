/**
 * What the benchmark installs in the page before the app's scripts run, and reads back.
 *
 * The probe is a string of plain JavaScript, not a function: tsx compiles functions with esbuild's
 * keepNames, which wraps them in a `__name(...)` helper that does not exist in the page.
 */

/** One long task (over 50 ms on the main thread), times in ms since navigation start. */
export interface LongTaskEntry {
  startMs: number;
  durationMs: number;
}

/** The probe's state, as `window.__bench` holds it. */
export interface ProbeState {
  /**
   * When `#app` first carried data-state="ready" with the chart drawn in it (ms since navigation
   * start); the peer's harness sets that state once its items are drawn. The marks count: a build
   * that says "ready" and draws its chart a moment later (the Preact build did) is not ready sooner.
   */
  readyMs: number | null;
  errorMs: number | null;
  /** After the first frame that shows the ready app has been rendered (rAF, then a task). */
  paintedMs: number | null;
  longTasks: LongTaskEntry[];
  /** Intervals between animation frames while recording (ms). */
  frameMs: number[];
  recording: boolean;
}

export const PROBE_SOURCE = `(() => {
  if (window.__bench) return;
  const b = { readyMs: null, errorMs: null, paintedMs: null, longTasks: [], frameMs: [], recording: false };
  window.__bench = b;

  // A mark in the chart, its batched (canvas) marks, or the peer's items.
  const drawn = () => document.querySelector("svg.chart [data-event-id], .vis-timeline .vis-item") !== null || Number(document.querySelector("svg.chart")?.getAttribute("data-batched-marks")) > 0;
  const observer = new MutationObserver(() => {
    const app = document.getElementById("app");
    const state = app && app.getAttribute("data-state");
    if (state === "ready" && b.readyMs === null && drawn()) {
      b.readyMs = performance.now();
      requestAnimationFrame(() => setTimeout(() => { b.paintedMs = performance.now(); }, 0));
    } else if (state === "error" && b.errorMs === null) {
      b.errorMs = performance.now();
    }
    // Stop watching once settled: observing the whole tree would tax every later render.
    if (b.readyMs !== null || b.errorMs !== null) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state", "data-batched-marks"] });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ startMs: e.startTime, durationMs: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) {}

  /** Start recording frame intervals; returns the start time. */
  b.startFrames = () => {
    b.frameMs = [];
    b.recording = true;
    let last = null;
    const tick = (t) => {
      if (!b.recording) return;
      if (last !== null) b.frameMs.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  };
  b.stopFrames = () => {
    b.recording = false;
    return { frameMs: b.frameMs, endMs: performance.now() };
  };
  /** Resolves after the next frame has been rendered: rAF runs before rendering, the task after it. */
  b.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  /**
   * Where the chart is on screen after scrolling it to the top, or null when there is none: the
   * app's .chart, or the peer's plot area (vis-timeline's centre panel, where wheel and drag act).
   */
  b.locateChart = () => {
    const chart = document.querySelector(".chart") || document.querySelector(".vis-timeline .vis-panel.vis-center");
    if (!chart) return null;
    const before = chart.getBoundingClientRect();
    window.scrollTo(0, Math.max(0, window.scrollY + before.top - 10));
    const r = chart.getBoundingClientRect();
    const left = Math.max(r.left, 0), right = Math.min(r.right, window.innerWidth);
    const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, window.innerHeight);
    if (right - left < 20 || bottom - top < 20) return null;
    return { left, right, top, bottom, scrollY: window.scrollY };
  };

  /** A fingerprint of what the chart shows: axis labels and where the first marks sit. */
  b.viewSignature = () => {
    if (!document.querySelector(".chart") && document.querySelector(".vis-timeline")) {
      // The peer positions labels and items with CSS; where they land on screen is what moved.
      const at = (e) => { const r = e.getBoundingClientRect(); return r.left.toFixed(1) + "," + r.width.toFixed(1); };
      const labels = Array.from(document.querySelectorAll(".vis-time-axis .vis-text")).slice(0, 40).map((t) => t.textContent + "@" + at(t));
      const items = Array.from(document.querySelectorAll(".vis-item")).slice(0, 5).map(at);
      return { view: labels.join("|") + "#" + items.join("|"), scrollY: window.scrollY };
    }
    const ticks = Array.from(document.querySelectorAll(".chart .axis text, .chart .tick-label")).slice(0, 40)
      .map((t) => t.textContent + "@" + ((t.closest("[transform]") && t.closest("[transform]").getAttribute("transform")) || ""));
    const marks = Array.from(document.querySelectorAll(".chart [data-event-id]")).slice(0, 5).map((m) => {
      try { const box = m.getBBox(); return box.x.toFixed(1) + "," + box.width.toFixed(1); } catch (e) { return "?"; }
    });
    return { view: ticks.join("|") + "#" + marks.join("|"), scrollY: window.scrollY };
  };
})();`;
