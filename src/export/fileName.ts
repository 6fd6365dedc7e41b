import { slugify } from "../domain/slugify";

/**
 * A download's file name from the timeline's title: "us-north-korea-diplomacy" and an ending,
 * e.g. ".timeline.json", ".timelinejs.json" or "-1920x1080.png".
 */
export function exportFileName(title: string, ending: string): string {
  return `${slugify(title, 60) || "timeline"}${ending}`;
}
