/**
 * The message format of NPR's Pym.js (v1), spoken without the library so that newsroom pages
 * that already use a Pym parent size our iframe with no change, and our own `embed.js` speaks it
 * too: `"pym" + D + id + D + type + D + message`, with D = "xPYMx".
 */
export const PYM_DELIMITER = "xPYMx";

/** The id a child uses when no `childId` parameter names it (our own parent script needs none). */
export const DEFAULT_CHILD_ID = "diplomacy-timeline";

/** One Pym message: who it is for (the child's id), what kind, and its text. */
export interface PymMessage {
  id: string;
  type: string;
  message: string;
}

/** Ids are element ids on the host page; Pym builds a RegExp from them, so keep them plain. */
const SAFE_ID = /^[A-Za-z0-9_:.-]{1,200}$/;
const TYPE = /^\S{1,64}$/;

export function isPymId(id: string): boolean {
  return SAFE_ID.test(id) && !id.includes(PYM_DELIMITER);
}

export function encodePymMessage({ id, type, message }: PymMessage): string {
  return ["pym", id, type, message].join(PYM_DELIMITER);
}

/**
 * Read a Pym message; anything else (objects, other libraries' strings, malformed text) is
 * undefined. With `id`, only messages for that child count, as a Pym parent's RegExp does.
 */
export function parsePymMessage(data: unknown, id?: string): PymMessage | undefined {
  if (typeof data !== "string" || data.length > 10_000) return undefined;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length < 4 || parts[0] !== "pym") return undefined;
  const [, messageId, type] = parts;
  if (!isPymId(messageId) || !TYPE.test(type)) return undefined;
  if (id !== undefined && messageId !== id) return undefined;
  return { id: messageId, type, message: parts.slice(3).join(PYM_DELIMITER) };
}

/** The largest height we report or accept: beyond it something has gone wrong. */
export const MAX_HEIGHT_PX = 50_000;

/** A height message's pixels, or undefined unless it is a whole number in range. */
export function parseHeight(message: string): number | undefined {
  if (!/^\d{1,6}$/.test(message.trim())) return undefined;
  const px = Number(message.trim());
  return px > 0 && px <= MAX_HEIGHT_PX ? px : undefined;
}
