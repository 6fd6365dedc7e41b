/**
 * Words as a slug, for ids and file names: "Singapore Summit!" → "singapore-summit"; accents
 * dropped, anything else a hyphen; "" when nothing usable is left.
 */
export function slugify(text: string, maxLength = 72): string {
  return text
    .slice(0, 400)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/** `base` if it is not taken, else the first free of `base-2`, `base-3`, …: the second "summit" is "summit-2". */
export function unusedId(base: string, taken: { has(id: string): boolean }): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
