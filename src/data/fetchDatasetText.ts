/*
 * Fetching `?data=`, apart from the importers: the page starts the download at once, while the
 * import code (a chunk of its own) is still loading.
 */
import { turnsEvery } from "../import/pageTurn";

/** Files beyond this are refused: the limit of every other way in (import/limits.ts's MAX_IMPORT_BYTES). */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

/** How long the server may send nothing, before it answers or between parts of the file. */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

/**
 * The file's bytes, from the address it came from in the end; or why not. The importers decode
 * the bytes, and word a file over the limit as for any other way in.
 */
export type FetchedText =
  | { ok: true; url: string; bytes: Uint8Array }
  | { ok: false; message: string }
  | { ok: false; tooBig: true; url: string; /** Its size when the server said it. */ bytes?: number };

export interface FetchOptions {
  /** Give up when the server sends nothing for this long (ms): no answer at all, or a pause mid-file. */
  idleTimeoutMs?: number;
  /** The reader's Cancel. */
  signal?: AbortSignal;
}

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

/** "30 seconds", "0.05 seconds". */
const seconds = (ms: number) => `${ms / 1000} second${ms === 1000 ? "" : "s"}`;

/**
 * Fetch a dataset's bytes, explaining failures in words a journalist understands. The body is read as it arrives and reading stops at the size limit, so a small
 * gzip-encoded response that unpacks to a gigabyte costs 20 MB, not the tab. A server that sends
 * nothing for `idleTimeoutMs` is given up on; `signal` cancels. Never rejects.
 */
export async function fetchDatasetText(raw: string, base: string, fetchImpl: typeof fetch = fetch, options: FetchOptions = {}): Promise<FetchedText> {
  const url = resolveDataUrl(raw, base);
  if (typeof url === "string") return { ok: false, message: url };
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const cancelled = { ok: false as const, message: `Loading ${url.href} was cancelled.` };
  if (options.signal?.aborted) return cancelled;
  const controller = new AbortController();
  let stalled: "answer" | "body" | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitFor = (what: "answer" | "body") => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = what;
      controller.abort();
    }, idleMs);
  };
  const cancel = () => controller.abort();
  options.signal?.addEventListener("abort", cancel);
  const stopped = (): FetchedText | undefined => {
    if (options.signal?.aborted) return cancelled;
    if (stalled === "answer") return { ok: false, message: `Could not load ${url.href}: the server did not answer for ${seconds(idleMs)}. Check the address, or try again later.` };
    if (stalled === "body") return { ok: false, message: `Could not load ${url.href}: the server stopped sending for ${seconds(idleMs)} before the file was complete. Try again later, or download the file and open it here.` };
    return undefined;
  };
  try {
    waitFor("answer");
    let response: Response;
    try {
      response = await fetchImpl(url.href, { credentials: "omit", signal: controller.signal });
    } catch {
      const sameOrigin = url.origin === new URL(base).origin;
      return (
        stopped() ?? {
          ok: false,
          message: sameOrigin
            ? `Could not load ${url.href}: the network failed. Check your connection and try again.`
            : `Could not load ${url.href}. Either the site is unreachable, or it does not allow other sites to read the file (its server must send the CORS header “Access-Control-Allow-Origin”). Ask its owner, or download the file and open it here.`,
        }
      );
    }
    // fetch follows redirects: the address rule applies to where the file came from in the end.
    const finalUrl = response.url || url.href;
    if (finalUrl !== url.href && typeof resolveDataUrl(finalUrl, base) === "string") {
      void response.body?.cancel().catch(() => {});
      return { ok: false, message: `${url.href} was redirected to ${finalUrl}, which must be on this site or start with https:// (other addresses are not loaded, for safety).` };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const reason = response.status === 404 ? "there is no file at that address (404 Not Found)" : `the server answered ${response.status} ${response.statusText}`.trim();
      return { ok: false, message: `Could not load ${finalUrl}: ${reason}.` };
    }
    const length = Number(response.headers.get("content-length") ?? "0");
    // A compressed response's length is the compressed one: the limit is checked again while reading.
    if (length > MAX_DATASET_BYTES) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, tooBig: true, url: finalUrl, bytes: length };
    }
    const read = await readLimited(response, controller.signal, () => waitFor("body"));
    if (read === "too big") return { ok: false, tooBig: true, url: finalUrl };
    if (read instanceof Error) {
      return stopped() ?? { ok: false, message: `Could not load ${finalUrl}: the download broke off (${read.message || "the connection closed"}). Check your connection and try again.` };
    }
    return { ok: true, url: finalUrl, bytes: read };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}

/**
 * The body's bytes, read as they arrive; "too big" as soon as they pass the limit (the rest is
 * never read); an Error when reading failed or `signal` stopped it.
 */
async function readLimited(response: Response, signal: AbortSignal, onProgress: () => void): Promise<Uint8Array | "too big" | Error> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  // A browser's fetch ends its body when aborted; a body from elsewhere may not, so stop reading here too.
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener("abort", stop);
  const chunks: Uint8Array[] = [];
  let total = 0;
  // A body that has already arrived is read without a pause (each read answers at once): the page
  // gets its turn between parts of it, or reading 20 MB held it for a third of a second.
  const turn = turnsEvery();
  try {
    for (;;) {
      onProgress();
      const { done, value } = await reader.read();
      if (signal.aborted) return new Error("stopped");
      if (done) break;
      total += value.length;
      if (total > MAX_DATASET_BYTES) {
        void reader.cancel().catch(() => {});
        return "too big";
      }
      chunks.push(value);
      await turn();
    }
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  } finally {
    signal.removeEventListener("abort", stop);
  }
  // The body's end and joining its parts take a while at 20 MB (100–250 and 100 ms here): a turn after each.
  await turn();
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  await turn();
  return bytes;
}
