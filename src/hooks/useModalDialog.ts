import { useLayoutEffect, useRef } from "react";

/**
 * Opens a <dialog> as a modal when it mounts (focus trapped, Escape handled by its onCancel), before
 * it is first painted: no frame shows it closed, and no key goes to the page behind it.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    try {
      dialog.showModal();
    } catch {
      // No modal dialogs here (older browsers, jsdom): show it in place.
      dialog.setAttribute("open", "");
    }
  }, []);
  return ref;
}
