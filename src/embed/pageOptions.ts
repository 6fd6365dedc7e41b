/**
 * Page-level parameters, beside the view's (state/viewUrl.ts): the mode, the theme, an accent
 * colour, and which parts an embed shows. Read once; anything invalid is ignored and named. The
 * parameters themselves are in the one table of the address (state/url.ts).
 */
import { HOST_PARAMS, paramReader, searchWith, type ParamName, type PartDisplay, type Theme } from "../state/url";

export { parseHexColour, type PartDisplay, type Theme } from "../state/url";

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
  /** `height=`: the embed's fixed height in pixels, which its content fits inside; else it grows to its content. */
  heightPx?: number;
  /** Parameters that were present but could not be used, in words, for the notice. */
  ignored: string[];
}

/** The page's own parameters, which the Embed dialog writes; `mode` is shared with state/appMode.ts. */
export const PAGE_PARAMS = ["mode", "theme", "accent", "title", "dek", "credit", "filters", "list", "height"] as const satisfies readonly ParamName[];
/** Parameters an embed's host page adds to the frame's address; never copied into a snippet. */
export { HOST_PARAMS };

export function pageOptionsFromSearch(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const { read, ignored } = paramReader(params);
  // The mode is the app's to read (state/appMode.ts): a mode it does not know is not a page option's notice.
  const embed = params.get("mode") === "embed";
  const theme = read("theme");
  const accent = read("accent") || undefined;
  const parts: EmbedParts = { title: read("title"), dek: read("dek"), credit: read("credit"), filters: read("filters"), list: read("list") };
  const heightPx = read("height") || undefined;
  return { embed, theme, accent, parts, heightPx, ignored };
}

/** The page parameters as query pairs, leaving out defaults, for an embed's address. */
export function pageParams(options: { theme: Theme; accent?: string; parts: EmbedParts }): [string, string][] {
  const search = searchWith("", { mode: "embed", theme: options.theme, accent: options.accent, ...options.parts });
  return [...new URLSearchParams(search)];
}

/** The address of the full (explore) view of what an embed shows, for "Open the full timeline". */
export function fullViewSearch(search: string): string {
  return searchWith(search, {}, { drop: [...PAGE_PARAMS.filter((name) => name !== "theme" && name !== "accent"), ...HOST_PARAMS] });
}
