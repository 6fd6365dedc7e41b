import { useEffect } from "react";
import { useLatest } from "../hooks/useLatest";

/** What a key does in a presentation (and in the presenter's window). */
export type PresentationCommand = "next" | "previous" | "first" | "last" | "fullscreen" | "exit";

/** The keys, for aria-keyshortcuts and the help line. Clickers send PageUp / PageDown. */
export const PRESENTATION_KEYS: Record<PresentationCommand, string> = {
  next: "ArrowRight PageDown Space",
  previous: "ArrowLeft PageUp Shift+Space",
  first: "Home",
  last: "End",
  fullscreen: "F",
  exit: "Escape",
};

interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const FIELD = new Set(["INPUT", "SELECT", "TEXTAREA"]);
/** Inputs that take no typing: like buttons, they keep Space and nothing else. */
const PRESSABLE_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "color", "file"]);
const ACTIVATES_WITH_SPACE = new Set(["BUTTON", "A", "SUMMARY", "INPUT", "SELECT", "TEXTAREA"]);

/**
 * The command for a key press, or undefined to leave the key alone. A form field keeps its keys
 * (except a clicker's PageUp/PageDown, which always turn the page); a button keeps Space, which
 * presses it.
 */
export function commandForKey(key: KeyLike, target?: { tagName?: string; type?: string; isContentEditable?: boolean } | null): PresentationCommand | undefined {
  if (key.ctrlKey || key.metaKey || key.altKey) return undefined;
  const tag = target?.tagName?.toUpperCase() ?? "";
  const pressable = tag === "INPUT" && PRESSABLE_INPUTS.has(String(target?.type).toLowerCase());
  const inField = (FIELD.has(tag) && !pressable) || target?.isContentEditable === true;
  if (inField && key.key !== "PageDown" && key.key !== "PageUp") return undefined;
  switch (key.key) {
    case "ArrowRight":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case " ":
    case "Spacebar":
      if (ACTIVATES_WITH_SPACE.has(tag)) return undefined;
      return key.shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "f":
    case "F":
      return "fullscreen";
    case "Escape":
      return "exit";
    default:
      return undefined;
  }
}

/**
 * Listens for presentation keys on the whole document. Keys something else already handled (the
 * chart's own arrow keys between events call preventDefault) are left alone.
 */
export function usePresentationKeys(run: (command: PresentationCommand) => void, allowed?: ReadonlySet<PresentationCommand>) {
  const runRef = useLatest(run);
  const allowedRef = useLatest(allowed);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const command = commandForKey(e, e.target as HTMLInputElement | null);
      if (!command || (allowedRef.current && !allowedRef.current.has(command))) return;
      e.preventDefault();
      runRef.current(command);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [allowedRef, runRef]);
}

/** A touch swipe long and level enough to turn the page: left for the next step, right for the previous. */
export function swipeCommand(dxPx: number, dyPx: number, minPx = 60): "next" | "previous" | undefined {
  if (Math.abs(dxPx) < minPx || Math.abs(dxPx) < 1.5 * Math.abs(dyPx)) return undefined;
  return dxPx < 0 ? "next" : "previous";
}
