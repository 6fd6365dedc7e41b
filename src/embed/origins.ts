/**
 * Which origin the page that frames us has, when it can be known, so that messages go only there
 * and only its messages are read. Pure: the caller passes what the browser says.
 */

/** The origin of an absolute http(s) URL, or undefined. */
export function httpOriginOf(url: string | null | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parent's origin: what the browser reports (`location.ancestorOrigins`, Chromium and
 * Safari) wins; else the `parentOrigin` parameter, or the origin of Pym's `parentUrl`; else
 * unknown. An opaque origin ("null", a sandboxed parent) counts as unknown.
 */
export function knownParentOrigin(search: string, ancestorOrigins?: ArrayLike<string>): string | undefined {
  const fromBrowser = ancestorOrigins && ancestorOrigins.length > 0 ? httpOriginOf(ancestorOrigins[0]) : undefined;
  if (fromBrowser) return fromBrowser;
  const params = new URLSearchParams(search);
  return httpOriginOf(params.get("parentOrigin")) ?? httpOriginOf(params.get("parentUrl"));
}

/** The `targetOrigin` for postMessage: the known origin, or "*" (a height is not a secret). */
export function targetOriginFor(parentOrigin: string | undefined): string {
  return parentOrigin ?? "*";
}

/** A message counts only when it comes from the expected window and, if known, the expected origin. */
export function isFromExpected(event: { origin: string; source: unknown }, expected: { source: unknown; origin?: string }): boolean {
  if (event.source === null || event.source !== expected.source) return false;
  return expected.origin === undefined || event.origin === expected.origin;
}
