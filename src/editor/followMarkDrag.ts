import type { MarkDrag } from "../chart/TimelineChart";

/** How far a press must move before it drags a mark rather than clicks it. */
const DRAG_THRESHOLD_PX = 5;
/** How near a span's right edge a press takes hold of its end rather than all of it. */
const END_HANDLE_PX = 8;

/**
 * Follows a press on a mark: past the threshold it is a drag, drawn as it goes, and on release the
 * date moves by the days dragged (`onMove`, fractional). Followed on the window, so the drag goes
 * on outside the chart; a press that stays put is left to be the click that selects.
 */
export function followMarkDrag(press: { target: EventTarget; clientX: number }, drag: MarkDrag, onMove: (id: string, days: number, part: "whole" | "end") => void) {
  const element = (press.target as Element).closest?.("[data-event-id]");
  const id = element?.getAttribute("data-event-id");
  const placed = id ? drag.events.find((p) => p.event.id === id) : undefined;
  if (!id || !placed) return;
  const hasEnd = placed.shape === "span" || placed.shape === "deadline";
  const part = hasEnd && Math.abs(press.clientX - drag.leftPx - placed.x1Px) <= END_HANDLE_PX ? "end" : "whole";
  const startX = press.clientX;
  let moved = false;
  const onPointerMove = (m: PointerEvent) => {
    const dx = m.clientX - startX;
    if (!moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    moved = true;
    drag.show({ id, dx, part });
  };
  const stop = (u: PointerEvent) => {
    window.removeEventListener("pointermove", onPointerMove);
    window.removeEventListener("pointerup", stop);
    window.removeEventListener("pointercancel", stop);
    drag.show(undefined);
    if (!moved || u.type === "pointercancel") return;
    drag.dragged();
    onMove(id, (u.clientX - startX) * drag.daysPerPx, part);
  };
  window.addEventListener("pointermove", onPointerMove);
  window.addEventListener("pointerup", stop);
  window.addEventListener("pointercancel", stop);
}
