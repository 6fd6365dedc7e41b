import { DEFAULT_CHILD_ID, encodePymMessage, isPymId, MAX_HEIGHT_PX, parsePymMessage } from "./pymMessages";
import { isFromExpected, knownParentOrigin, targetOriginFor } from "./origins";

/** Set on <html> once a parent has spoken to us: it sizes the frame, so we never need a scrollbar. */
export const SIZED_BY_PARENT_CLASS = "is-sized-by-parent";

/** The content's height: the body's box, which, unlike the root's scroll height, can shrink. */
export function contentHeightPx(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const style = doc.defaultView?.getComputedStyle(body);
  const margins = style ? (Number.parseFloat(style.marginTop) || 0) + (Number.parseFloat(style.marginBottom) || 0) : 0;
  return Math.min(Math.ceil(body.getBoundingClientRect().height + margins), MAX_HEIGHT_PX);
}

/**
 * The child half of the sizing protocol, for an embedded page: tells the parent its content height
 * whenever it changes (a ResizeObserver and a MutationObserver on the body), as Pym's `height`
 * message, and answers the parent's `width` messages with its height, as a Pym child does.
 * Returns a function that stops it. Does nothing when the page is not in a frame.
 */
export function startChildSizing(win: Window & typeof globalThis = window): () => void {
  if (win.parent === win) return () => {};
  const doc = win.document;
  const params = new URLSearchParams(win.location.search);
  const childId = params.get("childId");
  const id = childId && isPymId(childId) ? childId : DEFAULT_CHILD_ID;
  const parentOrigin = knownParentOrigin(win.location.search, win.location.ancestorOrigins);
  let lastSent = -1;

  const send = (force = false) => {
    const height = contentHeightPx(doc);
    if (height <= 0 || (!force && height === lastSent)) return;
    lastSent = height;
    try {
      win.parent.postMessage(encodePymMessage({ id, type: "height", message: String(height) }), targetOriginFor(parentOrigin));
    } catch {
      // A parent that navigated away, or a sandbox: nothing to size.
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (!isFromExpected(event, { source: win.parent, origin: parentOrigin })) return;
    const message = parsePymMessage(event.data, id);
    if (!message || message.type !== "width") return;
    doc.documentElement.classList.add(SIZED_BY_PARENT_CLASS);
    send(true);
  };
  win.addEventListener("message", onMessage);

  const observer = typeof win.ResizeObserver === "function" ? new win.ResizeObserver(() => send()) : undefined;
  if (doc.body) observer?.observe(doc.body);
  // Chromium pauses rendering (so ResizeObserver) in cross-origin frames that are off screen, as an
  // embed far down an article is while it loads; DOM changes are still seen, so measure on those too.
  const mutations = typeof win.MutationObserver === "function" ? new win.MutationObserver(() => send()) : undefined;
  if (doc.body) mutations?.observe(doc.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const onLoad = () => send(true);
  win.addEventListener("load", onLoad);
  send(true);

  return () => {
    observer?.disconnect();
    mutations?.disconnect();
    win.removeEventListener("message", onMessage);
    win.removeEventListener("load", onLoad);
  };
}
