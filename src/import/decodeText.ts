/**
 * Turning a file's bytes into text: UTF-8 with or without a byte order mark and UTF-16 in either
 * byte order (some Windows tools) with the browser's own TextDecoder, and Windows-1252, which Excel
 * writes when it saves "CSV", by its table. Reading everything as UTF-8 turned "Café “quoted”" into
 * "Caf� �quoted�" without a word, and UTF-16 into a letter and a zero byte at a time.
 * No imports: the page's download code (app/fetchDatasetText.ts) uses it before the importers arrive.
 */

/** The encodings a file is read in. */
export type TextEncodingId = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** A file's text and how it was read. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingId;
  /** True when a byte order mark said the encoding (it is not part of the text). */
  bom: boolean;
  /** Characters that could not be read in that encoding and show as U+FFFD (�). */
  replaced: number;
}

/** How many leading bytes decide whether a file without a byte order mark is UTF-16. */
const SNIFF_BYTES = 4096;

/** Read bytes as text in the encoding they are in, saying which. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ...utf8(bytes.subarray(3)), bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true, replaced: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true, replaced: 0 };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false, replaced: 0 };
  return { ...utf8(bytes), bom: false };
}

/** UTF-8 when the bytes are UTF-8, or nearly (a stray byte in a UTF-8 file); else Windows-1252. */
function utf8(bytes: Uint8Array): Omit<DecodedText, "bom"> {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", replaced: 0 };
  } catch {
    // Not UTF-8. A file whose other non-ASCII letters are UTF-8 keeps them (as Windows-1252 they
    // would all turn into pairs like "Ã©"); one that has none is Windows-1252, Excel's "CSV".
    const { valid, invalid } = countUtf8Sequences(bytes);
    if (valid === 0 || invalid > valid) return { text: decodeWindows1252(bytes), encoding: "windows-1252", replaced: 0 };
    const text = new TextDecoder("utf-8").decode(bytes);
    return { text, encoding: "utf-8", replaced: countReplacements(text) - countEncodedReplacements(bytes) };
  }
}

/** What Windows-1252 has at 0x80–0x9F (the WHATWG Encoding Standard's index); elsewhere a byte is its code point. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252, decoded here: Node's TextDecoder reads the label as Latin-1 and would leave the
 * curly quotes (0x93, 0x94) as control characters; browsers agree with this table.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

/** UTF-16 without a byte order mark: text that is mostly ASCII has a zero byte in every other place. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return "utf-16le";
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return "utf-16be";
  return undefined;
}

/** Well-formed UTF-8 sequences of two to four bytes, and bytes that start none. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count;
}

/** U+FFFD written in the file itself (EF BF BD), which is not a replacement made in reading. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  return count;
}
