import { useEffect, useState } from "react";
import { lazyModule } from "../../hooks/lazyModule";
import { isVerticalLayout } from "../../state/chartLayout";
import type { ChartLayout } from "../../state/url";
import { useLazyModule } from "../../hooks/useLazyModule";

/**
 * The vertical layout (VerticalChart), in a chunk of its own: only narrow screens, and pages that
 * ask for it (`layout=vertical`), load it. main.tsx asks for it with the page's first requests when
 * the window is narrow, so a phone's first render already has it.
 */
export const verticalChartModule = lazyModule(() => import("./VerticalChart"));

/**
 * Which chart to draw at this width: "vertical" once its code has arrived, "pending" while it is on
 * its way (nothing is drawn, rather than the wrong layout for a moment), "horizontal" otherwise, and
 * also when the vertical layout's code failed to arrive.
 */
export function useChartLayout(choice: ChartLayout, widthPx: number | undefined): "horizontal" | "vertical" | "pending" {
  const wanted = widthPx !== undefined && isVerticalLayout(choice, widthPx);
  const module = useLazyModule(verticalChartModule, wanted);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (wanted && !module) verticalChartModule.load().catch(() => setFailed(true));
  }, [wanted, module]);
  if (widthPx === undefined) return "pending";
  if (!wanted || failed) return "horizontal";
  return module ? "vertical" : "pending";
}
