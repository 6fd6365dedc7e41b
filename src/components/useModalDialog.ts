import { useEffect, useRef } from "react";

/** Opens a <dialog> as a modal when it mounts (focus trapped, Escape handled by its onCancel). */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
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
