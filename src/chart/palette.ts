/**
 * Okabe–Ito, the colour-blind-safe set, ordered so that the colours that keep 3:1 contrast
 * against both our light and dark backgrounds come first. Yellow comes last: it vanishes on white, so its marks rely on their darker edge.
 */
export const CATEGORY_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#7F7F7F", "#F0E442"];

/**
 * Category id → palette slot, in the dataset's order of categories; events without a known
 * category take the next slot. More categories than colours share one: the lane name and the
 * details still tell them apart.
 */
export function categoryColourIndex(categories: readonly { id: string }[]): (categoryId: string | undefined) => number {
  const index = new Map(categories.map((c, i) => [c.id, i]));
  return (id) => (id === undefined ? index.size : (index.get(id) ?? index.size)) % CATEGORY_COLOURS.length;
}
