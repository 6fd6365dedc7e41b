/** Small text helpers shared by the importers: ids, clipping, describing values in messages. */
import { slugify, unusedId } from "../domain/slugify";

export { slugify };


/** Hands out unique ids: the second "summit" becomes "summit-2". */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly fallback: string) {}

  /** The first usable of the hints, slugified and made unique. */
  allocate(...hints: (string | undefined)[]): string {
    let base = "";
    for (const hint of hints) {
      if (hint === undefined) continue;
      base = slugify(hint);
      if (base !== "") break;
    }
    if (base === "") base = this.fallback;
    const id = unusedId(base, this.used);
    this.used.add(id);
    return id;
  }

  /** Mark an id as taken without changing it. */
  reserve(id: string): void {
    this.used.add(id);
  }
}

/** Cut text to at most `max` characters, ending with "…" when cut; never splits a surrogate pair. */
export function clip(text: string, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: `${text.slice(0, end).trimEnd()}…`, clipped: true };
}

/** A value as it appears in a message: short, quoted, never the whole of a huge string. */
export function quoteValue(value: unknown): string {
  if (typeof value === "string") {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(short);
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}

/** Remove a leading byte order mark, which some spreadsheet programs write. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** A file name without folders or extension: "exports/houston.json" → "houston". */
export function baseName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const bare = name.replace(/\.[A-Za-z0-9]{1,5}$/, "").trim();
  return bare === "" ? undefined : bare.slice(0, 200);
}
