/**
 * Vite plugin (build only): d3-zoom without d3-transition. d3-zoom imports d3-transition only to
 * stop a running transition when a gesture starts, and to animate a double-click; with it come
 * d3-color, d3-interpolate, d3-ease and d3-timer: 4.7 KB gzip of every page (JS+CSS: the default
 * view 132.17 → 127.46 KB, the embed 128.21 → 123.49, a TimelineJS file's page 153.61 → 148.92).
 * The app never starts a d3 transition: a presentation's moves are its own tween (which honours
 * reduced motion), and a double-click zooms at once (useZoomBehavior.ts). So d3-transition's module
 * is replaced by scripts/d3TransitionStandIn.js: `interrupt` with nothing to stop, and a
 * transition that throws an error saying why.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const D3_TRANSITION = /[\\/]node_modules[\\/]d3-transition[\\/]dist[\\/]d3-transition\.mjs$/;

const STAND_IN = new URL("./d3TransitionStandIn.js", import.meta.url);

/** The stand-in's source for d3-transition's module, nothing for any other. */
export function loadWithoutD3Transitions(id: string): string | undefined {
  return D3_TRANSITION.test(id) ? readFileSync(STAND_IN, "utf8") : undefined;
}

export function withoutD3Transitions(): Plugin {
  return { name: "without-d3-transitions", apply: "build", enforce: "pre", load: loadWithoutD3Transitions };
}
