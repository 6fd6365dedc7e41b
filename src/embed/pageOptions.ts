/**
 * Page-level parameters, beside the view keys of `state/url.ts`: the mode, the theme, an accent
 * colour, and which parts an embed shows. Read once; anything invalid is ignored and named.
 */
export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
/** How an optional part of an embed appears: in full, behind a disclosure, or not at all. */
export const PART_DISPLAYS = ["show", "collapse", "hide"] as const;
export type PartDisplay = (typeof PART_DISPLAYS)[number];

/** What an embed shows around the chart. */
export interface EmbedParts {
  title: boolean;
  /** The description under the title; off by default in an embed, where the article says it. */
  dek: boolean;
  credit: boolean;
  filters: PartDisplay;
  list: PartDisplay;
}

export const DEFAULT_EMBED_PARTS: EmbedParts = { title: true, dek: false, credit: true, filters: "collapse", list: "collapse" };

export interface PageOptions {
  /** `?mode=embed` (the other modes are state/appMode.ts's business). */
  embed: boolean;
  theme: Theme;
  /** A validated hex colour, "#rrggbb". */
  accent?: string;
  parts: EmbedParts;
  /** Parameters that were present but could not be used, in words, for the notice. */
  ignored: string[];
}

/** Keys this module reads (the Embed dialog writes them); `mode` is shared with state/appMode.ts. */
export const PAGE_KEYS = ["mode", "theme", "accent", "title", "dek", "credit", "filters", "list"] as const;
/** Keys a Pym parent or our parent script adds to the frame's address; never copied into a snippet. */
export const HOST_KEYS = ["childId", "initialWidth", "parentTitle", "parentUrl", "parentOrigin"] as const;

const YES = ["1", "true", "yes", "show", "on"];
const NO = ["0", "false", "no", "hide", "off"];

/** "#0b5cad" from "0b5cad", "#0B5CAD" or "#06c"; undefined for anything else. */
export function parseHexColour(value: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  return `#${hex.toLowerCase()}`;
}

export function pageOptionsFromSearch(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(key);
    if (value === null || value === "") return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    ignored.push(`${key}=${value} (use ${allowed.join(", ")})`);
    return fallback;
  };
  const flag = (key: keyof EmbedParts, fallback: boolean): boolean => {
    const value = params.get(key)?.toLowerCase();
    if (value === undefined || value === "") return fallback;
    if (YES.includes(value)) return true;
    if (NO.includes(value)) return false;
    ignored.push(`${key}=${value} (use 1 or 0)`);
    return fallback;
  };
  const part = (key: "filters" | "list", fallback: PartDisplay): PartDisplay => {
    const value = params.get(key)?.toLowerCase();
    if (value === undefined || value === "") return fallback;
    if (YES.includes(value)) return "show";
    if (NO.includes(value)) return "hide";
    if (value === "collapse" || value === "collapsed") return "collapse";
    ignored.push(`${key}=${value} (use show, collapse or hide)`);
    return fallback;
  };

  const embed = params.get("mode") === "embed";
  const theme = oneOf("theme", THEMES, "auto");
  const rawAccent = params.get("accent");
  const accent = rawAccent ? parseHexColour(rawAccent) : undefined;
  if (rawAccent && !accent) ignored.push(`accent=${rawAccent} (use a hex colour such as 0b5cad)`);
  const d = DEFAULT_EMBED_PARTS;
  const parts: EmbedParts = {
    title: flag("title", d.title),
    dek: flag("dek", d.dek),
    credit: flag("credit", d.credit),
    filters: part("filters", d.filters),
    list: part("list", d.list),
  };
  return { embed, theme, accent, parts, ignored };
}

/** The page parameters as query pairs, leaving out defaults, for an embed's address. */
export function pageParams(options: { theme: Theme; accent?: string; parts: EmbedParts }): [string, string][] {
  const out: [string, string][] = [["mode", "embed"]];
  if (options.theme !== "auto") out.push(["theme", options.theme]);
  if (options.accent) out.push(["accent", options.accent.replace(/^#/, "")]);
  const d = DEFAULT_EMBED_PARTS;
  for (const key of ["title", "dek", "credit"] as const) if (options.parts[key] !== d[key]) out.push([key, options.parts[key] ? "1" : "0"]);
  for (const key of ["filters", "list"] as const) if (options.parts[key] !== d[key]) out.push([key, options.parts[key]]);
  return out;
}

/** The address of the full (explore) view of what an embed shows, for "Open the full timeline". */
export function fullViewSearch(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...PAGE_KEYS, ...HOST_KEYS]) if (key !== "theme" && key !== "accent") params.delete(key);
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}
