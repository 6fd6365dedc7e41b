import { DEFAULT_CHILD_ID, encodePymMessage, isPymId, parseHeight, parsePymMessage } from "./pymMessages";
import { httpOriginOf } from "./origins";

/** Our iframes on a host page carry this attribute; the parent script sizes only them. */
export const EMBED_ATTRIBUTE = "data-timeline-embed";

interface Frame {
  iframe: HTMLIFrameElement;
  origin: string;
  /** The child's Pym id: its `childId` parameter or our default, then what its messages say. */
  id: string;
  /** Whether the child has spoken to us yet. */
  heard: boolean;
}

/**
 * The parent half of the sizing protocol (`dist/embed.js`), for pages without Pym: finds our
 * iframes, sets each one's height from its `height` messages, and tells each child its width
 * (Pym's `width` message, sent to the child's origin only) when it loads and when it resizes.
 * A message counts only if it comes from one of our iframes' windows and from that iframe's
 * origin. Returns a function that stops it.
 */
export function startParentSizer(win: Window & typeof globalThis = window): () => void {
  const doc = win.document;
  const known = new Map<HTMLIFrameElement, Frame>();

  const frameOf = (iframe: HTMLIFrameElement): Frame | undefined => {
    const src = iframe.getAttribute("src");
    const origin = httpOriginOf(src, doc.baseURI);
    if (!src || !origin) return undefined;
    let frame = known.get(iframe);
    if (!frame || frame.origin !== origin) {
      const childId = new URL(src, doc.baseURI).searchParams.get("childId");
      frame = { iframe, origin, id: childId && isPymId(childId) ? childId : DEFAULT_CHILD_ID, heard: false };
      known.set(iframe, frame);
      iframe.addEventListener("load", () => sendWidth(frame!));
      resizeObserver?.observe(iframe);
    }
    return frame;
  };
  const ourFrames = () => Array.from(doc.querySelectorAll<HTMLIFrameElement>(`iframe[${EMBED_ATTRIBUTE}]`));

  const sendWidth = (frame: Frame) => {
    const target = frame.iframe.contentWindow;
    if (!target) return;
    try {
      target.postMessage(encodePymMessage({ id: frame.id, type: "width", message: String(Math.round(frame.iframe.getBoundingClientRect().width)) }), frame.origin);
    } catch {
      // The frame navigated elsewhere: postMessage to the wrong origin is dropped, not thrown, but be safe.
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (typeof event.data !== "string" || event.source === null) return;
    const iframe = ourFrames().find((f) => f.contentWindow === event.source);
    if (!iframe) return;
    const frame = frameOf(iframe);
    if (!frame || event.origin !== frame.origin) return;
    const message = parsePymMessage(event.data);
    if (!message) return;
    const firstContact = !frame.heard;
    frame.heard = true;
    frame.id = message.id;
    if (message.type === "height") {
      const px = parseHeight(message.message);
      if (px === undefined) return;
      iframe.style.height = `${px}px`;
      iframe.setAttribute("height", String(px));
    }
    // Tell a child we are here, so it knows its frame will follow its content.
    if (firstContact) sendWidth(frame);
  };

  let pending = 0;
  const onResize = () => {
    if (pending) return;
    pending = win.requestAnimationFrame(() => {
      pending = 0;
      for (const frame of known.values()) sendWidth(frame);
    });
  };
  const resizeObserver = typeof win.ResizeObserver === "function" ? new win.ResizeObserver(onResize) : undefined;

  for (const iframe of ourFrames()) frameOf(iframe);
  win.addEventListener("message", onMessage);
  win.addEventListener("resize", onResize);
  return () => {
    win.removeEventListener("message", onMessage);
    win.removeEventListener("resize", onResize);
    resizeObserver?.disconnect();
    if (pending) win.cancelAnimationFrame(pending);
  };
}
