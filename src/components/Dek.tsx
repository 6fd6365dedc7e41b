import { useEffect, useId, useRef, useState } from "react";

/**
 * The timeline's description under its title, folded to two lines with "more" when it is longer:
 * on a laptop screen the chart comes first, and the whole text is a click away.
 */
export function Dek({ text }: { text: string }) {
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [folds, setFolds] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || open || typeof ResizeObserver === "undefined") return;
    // Folded, the paragraph is two lines tall and its text may run past them. Read when the browser
    // has laid the page out anyway (a ResizeObserver's first call), never forcing a layout of its own.
    const measure = () => setFolds(element.scrollHeight > element.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text, open]);
  return (
    <div className="dek-box">
      <p id={id} ref={ref} className={open ? "dek" : "dek is-folded"}>
        {text}
      </p>
      {(folds || open) && (
        <button type="button" className="link-button dek-more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? "Less" : "More"}
          <span className="visually-hidden"> of the description</span>
        </button>
      )}
    </div>
  );
}
