import { HOST_PARAMS, PAGE_PARAMS, type EmbedParts, type Theme } from "./pageOptions";
import { searchWith } from "../state/url";
import { EMBED_ATTRIBUTE } from "./parentSizer";

/** How the embed's height is set: by its content (our script or a Pym parent), or fixed. */
export type HeightBehaviour = { kind: "auto"; initialPx: number } | { kind: "fixed"; px: number };

/** Everything an embed snippet says. */
export interface EmbedSettings {
  /** The app's address: origin and path, e.g. "https://graphics.example/timeline/". */
  appUrl: string;
  /** The current view's query string (event, from/to, filters, data, locale …). */
  viewSearch: string;
  theme: Theme;
  accent?: string;
  parts: EmbedParts;
  height: HeightBehaviour;
  /** The frame's accessible name. */
  title: string;
  /** A share link's fragment ("t=…"): the embed carries the timeline itself, for one no web address holds. */
  fragment?: string;
}

export const DEFAULT_EMBED_HEIGHT_PX = 640;

/** The frame's address: the app in embed mode on the current view, page parameters first. */
export function embedUrl(settings: Pick<EmbedSettings, "appUrl" | "viewSearch" | "theme" | "accent" | "parts" | "fragment">): string {
  const page = searchWith("", { mode: "embed", theme: settings.theme, accent: settings.accent, ...settings.parts });
  const view = searchWith(settings.viewSearch, {}, { drop: [...PAGE_PARAMS, ...HOST_PARAMS] });
  const url = new URL(settings.appUrl);
  url.search = [page, view].map((search) => search.slice(1)).filter(Boolean).join("&");
  url.hash = settings.fragment ?? "";
  return url.href;
}

/** The parent script's address, beside the app. */
export function embedScriptUrl(appUrl: string): string {
  return new URL("embed.js", appUrl).href;
}

const attr = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * The HTML a journalist pastes: an iframe (and, to fit its content, our small parent script).
 * No inline script or style a host's CSP could refuse matters: without the script the frame
 * still works at its initial height, scrolling inside.
 */
export function embedSnippet(settings: EmbedSettings): string {
  const src = embedUrl(settings);
  const auto = settings.height.kind === "auto";
  const heightPx = settings.height.kind === "auto" ? settings.height.initialPx : settings.height.px;
  const frame = `<iframe src="${attr(src)}" title="${attr(settings.title)}"${auto ? ` ${EMBED_ATTRIBUTE}` : ""} width="100%" height="${Math.round(heightPx)}" style="width:100%;border:0" loading="lazy"></iframe>`;
  return auto ? `${frame}\n<script src="${attr(embedScriptUrl(settings.appUrl))}" async></script>` : frame;
}
