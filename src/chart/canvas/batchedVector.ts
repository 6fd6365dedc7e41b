import type { BatchedPath } from "./batchedPaths";

/**
 * The vector form of each batched-marks layer on the page, for exported images: the layer paints a
 * canvas, a picture of the screen, and serializeChart swaps it for these paths. Weak keys: a layer
 * that has left the page is forgotten with it.
 */
const vectorForms = new WeakMap<Element, () => BatchedPath[]>();

/** Say how to get a `.batched-marks` layer's marks as SVG path data, in the order of its probes. */
export function registerBatchedVector(layer: Element, vectorOf: () => BatchedPath[]): void {
  vectorForms.set(layer, vectorOf);
}

/** A `.batched-marks` layer's marks as SVG path data; undefined for any other element. */
export function batchedVectorOf(layer: Element): BatchedPath[] | undefined {
  return vectorForms.get(layer)?.();
}
