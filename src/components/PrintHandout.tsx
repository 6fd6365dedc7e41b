import { useEffect, useState } from "react";
import { usePrinting } from "../hooks/usePrinting";
import type { HandoutProps } from "./Handout";

type HandoutModule = typeof import("./Handout");

/**
 * The handout, rendered only while printing. Its code is asked for as soon as the view is shown,
 * not when printing begins: the browser lays the page out for print right after `beforeprint`,
 * with no time to load anything. Views that never print it (an embed) never load it.
 */
export function PrintHandout(props: HandoutProps) {
  const printing = usePrinting();
  const [code, setCode] = useState<HandoutModule>();
  useEffect(() => {
    let live = true;
    // A failure leaves printing as the page itself prints, without the handout.
    import("./Handout").then((module) => live && setCode(module), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!printing || !code) return null;
  return <code.Handout {...props} />;
}
