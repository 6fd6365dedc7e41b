import { createPortal } from "react-dom";
import { usePrinting } from "../hooks/usePrinting";
import { Handout, type HandoutProps } from "./Handout";

/**
 * The handout, rendered only while printing, beside the app rather than inside the view (print.css
 * shows it alone in place of the page). Views that never print it (an embed) never load its code.
 */
export function PrintHandout(props: HandoutProps) {
  const printing = usePrinting();
  if (!printing) return null;
  return createPortal(<Handout {...props} />, document.body);
}
