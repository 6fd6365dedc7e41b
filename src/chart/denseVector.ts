import type { DensePath } from "./densePaths";

/**
 * The vector form of each batched-marks layer on the page, for exported images: the layer paints a
 * canvas, a picture of the screen, and serializeChart swaps it for these paths. Weak keys: a layer
 * that has left the page is forgotten with it.
 */
const vectorForms = new WeakMap<Element, () => DensePath[]>();

/** Say how to get a `.dense-marks` layer's marks as SVG path data, in the order of its probes. */
export function registerDenseVector(layer: Element, vectorOf: () => DensePath[]): void {
  vectorForms.set(layer, vectorOf);
}

/** A `.dense-marks` layer's marks as SVG path data; undefined for any other element. */
export function denseVectorOf(layer: Element): DensePath[] | undefined {
  return vectorForms.get(layer)?.();
}
