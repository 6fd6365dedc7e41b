import { createPortal } from "react-dom";
import { usePrinting } from "../hooks/usePrinting";
import { lazyModule } from "../hooks/lazyModule";
import type { HandoutProps } from "./Handout";

const handoutModule = lazyModule(() => import("./Handout"));

/**
 * The handout, rendered only while printing. Its code is asked for as soon as the view is shown,
 * not when printing begins: the browser lays the page out for print right after `beforeprint`,
 * with no time to load anything. Views that never print it (an embed) never load it; a failure to
 * load leaves printing as the page itself prints.
 */
export function PrintHandout(props: HandoutProps) {
  const printing = usePrinting();
  const code = handoutModule.useLoaded();
  if (!printing || !code) return null;
  // Beside the app, not inside a toolbar: print.css shows the handout alone in place of the page.
  return createPortal(<code.Handout {...props} />, document.body);
}
