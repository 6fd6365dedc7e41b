/**
 * Share links: the timeline itself in the address's fragment (`#t=`), compressed with the
 * browser's own CompressionStream ("deflate-raw") and written in base64url. A browser never sends
 * the fragment to a server, so the timeline goes from one reader to another with no server at all.
 */
import { formatCount } from "../domain/formatCount";

/** The fragment's key: `#t=…`. */
export const SHARE_KEY = "t";


/** What a link may unpack to, as for a file (import/limits.ts: 20 MB): a small link cannot become a huge timeline. */
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** Past this a fragment is not read at all (Chromium's own limit for an address). */
const MAX_READ_FRAGMENT_CHARS = 2 * 1024 * 1024;

const FORMAT = "deflate-raw";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/") + "=".repeat((4 - (text.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | "too-big"> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return "too-big";
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export const canShare = () => typeof CompressionStream === "function" && typeof DecompressionStream === "function";

/** The fragment (without `#`) carrying a timeline's JSON text. */
export async function shareFragment(jsonText: string): Promise<string> {
  const packed = await readAll(new Blob([jsonText]).stream().pipeThrough(new CompressionStream(FORMAT)), Number.POSITIVE_INFINITY);
  return `${SHARE_KEY}=${toBase64Url(packed as Uint8Array)}`;
}

export type Unpacked = { ok: true; text: string } | { ok: false; message: string };

const CUT = "The link may have been cut short or changed when it was copied: ask for it again, or for the file.";

/** The JSON text a share link carries, or why it cannot be read (in words, never an exception). */
export async function unpackShared(payload: string): Promise<Unpacked> {
  if (!canShare()) return { ok: false, message: "This browser cannot unpack timelines carried in a link (it has no DecompressionStream). Open the link in a current browser, or ask for the file." };
  if (payload === "") return { ok: false, message: `The link’s timeline (after #t=) is empty. ${CUT}` };
  if (payload.length > MAX_READ_FRAGMENT_CHARS) return { ok: false, message: `The link’s timeline is too long to read (${formatCount(payload.length)} characters; at most ${formatCount(MAX_READ_FRAGMENT_CHARS)}).` };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { ok: false, message: `The link’s timeline (after #t=) is not valid base64url: it has characters other than A–Z, a–z, 0–9, - and _. ${CUT}` };
  let unpacked: Uint8Array | "too-big";
  try {
    unpacked = await readAll(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream(FORMAT)), MAX_UNPACKED_BYTES);
  } catch {
    return { ok: false, message: `The link’s timeline could not be unpacked (it is not deflate-compressed data). ${CUT}` };
  }
  if (unpacked === "too-big") return { ok: false, message: `The link’s timeline unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, the most this app opens.` };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(unpacked) };
  } catch {
    return { ok: false, message: `The link’s timeline is not UTF-8 text. ${CUT}` };
  }
}
