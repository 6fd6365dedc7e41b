import { lazyModule } from "../hooks/lazyModule";

/**
 * The details panel, fetched when the reader first selects an event: a page that is only looked at
 * never loads it (the handful of kilobytes keep the first script within its budget).
 */
export const detailsPanelModule = lazyModule(() => import("../components/DetailsPanel"));
