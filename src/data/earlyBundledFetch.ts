/**
 * The bundled timeline's download, started by the page's head (scripts/preloadForPage.ts) and read
 * to text there, so that by the time the app's script has run the file is already text: the first
 * render then follows the script at once, in the same task, instead of a few tasks later when a
 * fetch of its own (even of a preloaded file) has answered and been read (embed ready 0.91×).
 */

/** Where the head's script leaves the download for the app (a property of `window`). */
export const EARLY_BUNDLED_GLOBAL = "__timelineBundledFetch";

/** What the head's script leaves: the address it fetched (resolved) and the file's text, arriving. */
export interface EarlyBundledFetch {
  href: string;
  /** Rejects when the server answers with an error or the connection fails. */
  text: Promise<string>;
}

/** Marks the download as the app's own, so that a head script running late does not start a second one. */
const TAKEN = { taken: true };

/**
 * The text of `href` as the head's script fetched it, once (a second call gets nothing: after a
 * failure the app fetches again itself); nothing when the head fetched another address or nothing.
 */
export function takeEarlyBundledText(href: string, win: object = globalThis): Promise<string> | undefined {
  const slot = win as Record<string, unknown>;
  const early = slot[EARLY_BUNDLED_GLOBAL] as Partial<EarlyBundledFetch> | undefined;
  slot[EARLY_BUNDLED_GLOBAL] = TAKEN;
  return early?.href === href && early.text instanceof Promise ? early.text : undefined;
}
