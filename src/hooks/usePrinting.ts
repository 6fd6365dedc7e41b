import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

const printMedia = () => (typeof window !== "undefined" && window.matchMedia ? window.matchMedia("print") : undefined);

/**
 * True while the page is being printed (or emulates print media), so that print-only content such
 * as the handout is rendered only then. `beforeprint` renders synchronously: the browser lays the
 * page out for print right after the event returns.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(printMedia()?.matches ?? false);
    const media = printMedia();
    const onMedia = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media?.addEventListener?.("change", onMedia);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media?.removeEventListener?.("change", onMedia);
    };
  }, []);
  return printing;
}
