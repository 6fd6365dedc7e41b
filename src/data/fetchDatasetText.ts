/*
 * Fetching `?data=`, apart from the importers: the page starts the download at once, while the
 * import code (a chunk of its own) is still loading.
 */

/** Files beyond this are refused before reading: a browser tab would freeze on them. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

export type FetchedText = { ok: true; text: string; url: string } | { ok: false; message: string };

/** Only the app's own site or https: a plain-http address on another host could be tampered with. */
export function resolveDataUrl(raw: string, base: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return `“${raw}” is not a web address.`;
  }
  const sameOrigin = url.origin === new URL(base).origin;
  if (!sameOrigin && url.protocol !== "https:") {
    return `“${raw}” must be on this site or start with https:// (other addresses are not loaded, for safety).`;
  }
  return url;
}

/** Fetch a dataset's text, explaining failures in words a journalist understands. */
export async function fetchDatasetText(raw: string, base: string, fetchImpl: typeof fetch = fetch): Promise<FetchedText> {
  const url = resolveDataUrl(raw, base);
  if (typeof url === "string") return { ok: false, message: url };
  const sameOrigin = url.origin === new URL(base).origin;
  let response: Response;
  try {
    response = await fetchImpl(url.href, { credentials: "omit" });
  } catch {
    return {
      ok: false,
      message: sameOrigin
        ? `Could not load ${url.href}: the network failed. Check your connection and try again.`
        : `Could not load ${url.href}. Either the site is unreachable, or it does not allow other sites to read the file (its server must send the CORS header “Access-Control-Allow-Origin”). Ask its owner, or download the file and open it here.`,
    };
  }
  if (!response.ok) {
    const reason = response.status === 404 ? "there is no file at that address (404 Not Found)" : `the server answered ${response.status} ${response.statusText}`.trim();
    return { ok: false, message: `Could not load ${url.href}: ${reason}.` };
  }
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > MAX_DATASET_BYTES) {
    return { ok: false, message: `${url.href} is ${(length / 1048576).toFixed(0)} MB; the limit is ${MAX_DATASET_BYTES / 1048576} MB.` };
  }
  const text = await response.text();
  if (text.length > MAX_DATASET_BYTES) {
    return { ok: false, message: `${url.href} is larger than the ${MAX_DATASET_BYTES / 1048576} MB limit.` };
  }
  return { ok: true, text, url: url.href };
}
