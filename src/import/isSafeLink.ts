/** The link schemes that imported data may ever turn into a clickable link. */
export const SAFE_LINK_PROTOCOLS: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);

/**
 * True only for an absolute http:, https: or mailto: address. `javascript:`, `data:`, `vbscript:`,
 * relative and protocol-relative ("//host") addresses are all refused, including disguised forms
 * such as "java\tscript:" or "JAVASCRIPT:" (the URL parser normalises those before we look).
 */
export function isSafeLink(href: unknown): href is string {
  if (typeof href !== "string" || href.length > 2000) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(href.trim())) return false;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return false;
  }
  return SAFE_LINK_PROTOCOLS.has(url.protocol);
}
