import { readParam, type ChartLayout } from "./url";

/** At this chart width and below, explore and embed draw time running down the page. */
export const VERTICAL_MAX_WIDTH_PX = 480;

/** Whether a chart this wide is drawn vertically, unless the address forces one layout. */
export const isVerticalLayout = (choice: ChartLayout, widthPx: number) => choice === "vertical" || (choice === "auto" && widthPx <= VERTICAL_MAX_WIDTH_PX);

/**
 * Before anything is measured: whether a page this wide may draw vertically, so that the vertical
 * layout's code can be asked for with the page's first requests. The chart's column is narrower
 * than the window by the page's padding (at most 32 px a side), so the guess errs wide.
 */
export function mayBeVertical(search: string, windowWidthPx: number): boolean {
  const choice = readParam(search, "layout").value;
  // scripts/preloadForPage.ts makes the same guess (560 px) in the page's head.
  return choice === "vertical" || (choice === "auto" && windowWidthPx > 0 && windowWidthPx <= VERTICAL_MAX_WIDTH_PX + 80);
}
