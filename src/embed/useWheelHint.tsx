import { useCallback, useEffect, useRef, useState } from "react";

const isApple = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);

/** How long the "Ctrl + scroll" hint stays after the last plain wheel. */
export const WHEEL_HINT_MS = 2000;

/**
 * In an embed the wheel scrolls the host page; a plain wheel over the chart says how to zoom
 * instead (as map embeds do), next to the pointer: a tall chart's middle may be off screen.
 * Returns the handler for the chart and the hint to render inside the chart's (positioned) frame.
 */
export function useWheelHint() {
  const [visible, setVisible] = useState(false);
  const [topPx, setTopPx] = useState(0);
  const timer = useRef<number | undefined>(undefined);
  const overlay = useRef<HTMLDivElement>(null);
  const pointerY = useRef<number | undefined>(undefined);

  // Where the pointer is, from the wheel event itself (the chart's zoom filter only says "plain wheel").
  useEffect(() => {
    const frame = overlay.current?.parentElement;
    if (!frame) return;
    const record = (e: WheelEvent) => {
      pointerY.current = e.clientY - frame.getBoundingClientRect().top;
    };
    frame.addEventListener("wheel", record, { capture: true, passive: true });
    return () => frame.removeEventListener("wheel", record, { capture: true });
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onPlainWheel = useCallback(() => {
    const height = overlay.current?.parentElement?.clientHeight ?? 0;
    setTopPx(Math.max(8, Math.min((pointerY.current ?? height / 2) - 24, height - 64)));
    setVisible(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setVisible(false), WHEEL_HINT_MS);
  }, []);
  const hint = (
    <div ref={overlay} className="wheel-hint" data-visible={visible} aria-hidden={!visible}>
      <span style={{ top: topPx }}>Use {isApple() ? "⌘" : "Ctrl"} + scroll to zoom, or the + and − buttons</span>
    </div>
  );
  return { onPlainWheel, hint };
}
