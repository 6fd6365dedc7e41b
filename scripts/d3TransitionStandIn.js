// What the app's build loads in place of d3-transition (scripts/withoutD3Transitions.ts says why).
// d3-zoom stops a node's running transition when a gesture starts, and calls
// `selection.interrupt()` before it sets a transform; the app never starts one, so there is none to
// stop. Asking for a transition fails at once, saying why, rather than animating nothing.
import { selection } from "d3-selection";

export const TRANSITIONS_LEFT_OUT =
  "d3 transitions are left out of this app's build (scripts/withoutD3Transitions.ts): animate with the app's own tween (src/presentation/viewportTween.ts).";

function leftOut() {
  throw new Error(TRANSITIONS_LEFT_OUT);
}

/** d3-transition's `interrupt`: stops the node's transitions, of which there are none. */
export function interrupt(node) {
  if (node.__transition !== undefined) leftOut();
}

/** d3-transition's `active`: the node's running transition, never one. */
export function active() {
  return null;
}

export const transition = leftOut;

selection.prototype.interrupt = function () {
  return this.each(function () {
    interrupt(this);
  });
};
selection.prototype.transition = leftOut;
