/**
 * Okabe–Ito, the colour-blind-safe set, ordered so that the colours that keep 3:1 contrast
 * against both our light and dark backgrounds come first. Yellow comes last: it vanishes on white, so its marks rely on their darker edge.
 */
export const CATEGORY_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#7F7F7F", "#F0E442"];

export function colourFor(index: number): string {
  return CATEGORY_COLOURS[((index % CATEGORY_COLOURS.length) + CATEGORY_COLOURS.length) % CATEGORY_COLOURS.length];
}
