/** The bundled timeline as it stood on 18 January 2019: without the Hanoi outcome reported on 28 February. */
import { readFileSync } from "node:fs";
import { validateDataset } from "../../src/domain/validateDataset";
import type { Dataset } from "../../src/domain/types";

export function bundledDataset(): Dataset {
  const { dataset } = validateDataset(JSON.parse(readFileSync(new URL("../../data/events.json", import.meta.url), "utf8")));
  if (!dataset) throw new Error("the bundled dataset does not validate");
  return dataset;
}

export function bundledBeforeHanoi(): Dataset {
  const dataset = bundledDataset();
  const later = new Set(["times-2019-02-28", "vnexpress-2019-02-28"]);
  return {
    ...dataset,
    sources: dataset.sources.filter((s) => !later.has(s.id)),
    events: dataset.events.filter((e) => e.id !== "hanoi-summit"),
    story: dataset.story && { ...dataset.story, steps: dataset.story.steps.filter((s) => s.event !== "hanoi-summit") },
  };
}
