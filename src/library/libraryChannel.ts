/**
 * Tabs of this app tell each other when the library changes (BroadcastChannel), so that a list
 * stays current and a tab showing a timeline another tab saved can say it is out of date.
 */
export type LibraryChange = { kind: "saved"; id: string; revision: number } | { kind: "removed"; id: string };

const NAME = "diplomacy-timeline:library";

function channel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === "function" ? new BroadcastChannel(NAME) : undefined;
}

/**
 * Tell the other tabs, and with `thisTab` this one's listeners too (a channel does not deliver to
 * its own sender). Autosave tells only the others: this tab knows what it saved.
 */
export function announceLibraryChange(change: LibraryChange, { thisTab = false } = {}): void {
  const out = channel();
  out?.postMessage(change);
  out?.close();
  if (thisTab) for (const listener of here) listener(change);
}

const here = new Set<(change: LibraryChange) => void>();

/** Follow changes made in any tab, this one included; returns the way to stop. */
export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  const incoming = channel();
  const receive = (e: MessageEvent) => {
    const change = e.data as LibraryChange | undefined;
    // Only our own messages, and only their known shapes.
    if (change && (change.kind === "saved" || change.kind === "removed") && typeof change.id === "string") listener(change);
  };
  incoming?.addEventListener("message", receive);
  here.add(listener);
  return () => {
    incoming?.removeEventListener("message", receive);
    incoming?.close();
    here.delete(listener);
  };
}
