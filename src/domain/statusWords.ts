import type { EventStatus } from "./types";

/** How each status reads in the details panel and lists. */
export const STATUS_WORDS: Record<EventStatus, string> = {
  happened: "Happened",
  planned: "Planned at the time of the source",
  expected: "Expected at the time of the source",
  speculated: "Speculation at the time of the source",
  ongoing: "Ongoing at the time of the source",
};
