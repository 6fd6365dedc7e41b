/** The benchmark's fixed page size and gesture script, shared by the runner and the report. */

export const VIEWPORT = { width: 1280, height: 800 };
/** A frame slower than this misses a 60 Hz display's refresh. */
export const FRAME_BUDGET_MS = 16.7;
/**
 * rAF timestamps come in 0.1 ms steps and an idle page's intervals wander 16.5–16.9 ms, so a
 * frame counts as over budget only past budget + this (a missed refresh shows as ~33 ms anyway).
 */
export const FRAME_JITTER_MS = 1;
export const ZOOM_STEPS = 20; // in, then (after the pan) the same number out
export const WHEEL_DELTA_PX = 100;
export const PAN_STEPS = 30; // across, then the same number back
