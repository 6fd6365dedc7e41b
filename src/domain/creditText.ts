import { formatIsoDay } from "./fuzzyDate";
import type { Timeline } from "./types";

/** The credit line under a chart: the main source with its date and address, and how many others are cited. */
export function creditText(timeline: Pick<Timeline, "sources">): string {
  const [main] = timeline.sources.values();
  if (!main) return "";
  const published = formatIsoDay(main.published);
  const extra = timeline.sources.size - 1;
  const date = published !== undefined ? `, ${published}` : "";
  const others = extra > 0 ? `; exact days from ${extra} further source${extra === 1 ? "" : "s"}, cited with each event` : "";
  const url = main.url ? ` ${main.url}` : "";
  return `Source: ${main.publisher}, “${main.title}”${date}${others}.${url}`;
}
