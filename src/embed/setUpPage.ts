import { legibleAccent } from "./accent";
import { resolveColours } from "../export/image/resolveColour";
import { startChildSizing } from "./childSizing";
import { pageOptionsFromSearch, type PageOptions } from "./pageOptions";

/**
 * Applies the page parameters that live outside React, before the first render: the theme
 * (`data-theme` on <html>, read by the CSS), the accent colour (kept legible against the
 * theme's backgrounds, again when an "auto" theme flips) and, in an embed, the sizing messages.
 */
export function setUpPage(win: Window & typeof globalThis = window): PageOptions {
  const options = pageOptionsFromSearch(win.location.search);
  const root = win.document.documentElement;
  if (options.theme === "auto") delete root.dataset.theme;
  else root.dataset.theme = options.theme;
  if (options.accent) applyAccent(win, options.accent);
  if (options.embed) startChildSizing(win);
  return options;
}

function applyAccent(win: Window, accent: string) {
  const root = win.document.documentElement;
  const update = () => {
    root.style.removeProperty("--accent");
    const { bg, panel } = resolveColours(root, { bg: { variable: "--bg", fallback: "#ffffff" }, panel: { variable: "--panel", fallback: "#ffffff" } });
    root.style.setProperty("--accent", legibleAccent(accent, [bg, panel]));
  };
  update();
  win.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", update);
}
