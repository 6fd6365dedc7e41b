import { useCallback, useEffect, useRef, useState } from "react";

const isApple = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);

/** How long the "Ctrl + scroll" hint stays after the last plain wheel. */
export const WHEEL_HINT_MS = 2000;

/**
 * In an embed the wheel scrolls the host page; the first plain wheel over the chart says how to
 * zoom instead (as map embeds do). Returns the handler for the chart and the hint to render.
 */
export function useWheelHint() {
  const [visible, setVisible] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onPlainWheel = useCallback(() => {
    setVisible(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setVisible(false), WHEEL_HINT_MS);
  }, []);
  const hint = (
    <div className="wheel-hint" data-visible={visible} aria-hidden={!visible}>
      <span>Use {isApple() ? "⌘" : "Ctrl"} + scroll to zoom, or the + and − buttons</span>
    </div>
  );
  return { onPlainWheel, hint };
}
