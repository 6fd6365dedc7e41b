/**
 * Entry of `dist/embed.js`: a page that embeds our iframes includes it to size them. Built as one
 * classic script with no dependencies (see scripts/embedBuild.ts). Safe to include more than once.
 */
import { startParentSizer } from "./parentSizer";

const FLAG = "__diplomacyTimelineEmbed";
const host = window as unknown as Record<string, unknown>;
if (!host[FLAG]) {
  host[FLAG] = true;
  startParentSizer(window);
}
