import { lazyModule } from "../../hooks/lazyModule";

/**
 * The canvas layer that paints a crowded view's marks, in a chunk of its own: small timelines and
 * most embeds never load it. Until it has arrived every mark is an element: slower to zoom, but
 * all there (nothing pops in later).
 */
export const batchedMarksModule = lazyModule(() => import("./BatchedMarks"));
