/**
 * What is wrong with an edit, in the validator's own words: the draft is checked by
 * validateDataset, the code that checks files, so a field says what a file would be told.
 */
import { validateDataset } from "../domain/validateDataset";
import type { Dataset, EventRecord, Issue } from "../domain/types";

/** Problems by field path inside the thing edited ("title", "evidence[0].quote"); "" for the whole. */
export type Problems = Map<string, Issue[]>;

function byField(issues: Issue[], prefix: string): Problems {
  const problems: Problems = new Map();
  for (const issue of issues) {
    if (!issue.path.startsWith(prefix)) continue;
    const field = issue.path.slice(prefix.length).replace(/^\./, "");
    problems.set(field, [...(problems.get(field) ?? []), issue]);
  }
  return problems;
}

/** True when any of the problems stops the edit being saved (warnings do not). */
export const hasErrors = (problems: Problems) => [...problems.values()].some((list) => list.some((i) => i.severity === "error"));

/**
 * The problems of one event as it would stand in `dataset`: the schema, its references to
 * sources, actors and categories, and an id no other event uses. `replacing` is the id of the
 * event it replaces (undefined for a new one).
 */
export function eventProblems(dataset: Dataset, draft: unknown, replacing?: string): Problems {
  // Alone, with the lists it refers to: checking one event is fast, and its paths are its own.
  const { issues } = validateDataset({ ...dataset, story: undefined, events: [draft] });
  const problems = byField(issues, "events[0]");
  const id = (draft as Partial<EventRecord>).id;
  if (id !== replacing && dataset.events.some((e) => e.id === id)) {
    problems.set("id", [...(problems.get("id") ?? []), { path: "events[].id", message: `"${id}" is used by another event: ids must be unique`, severity: "error" }]);
  }
  return problems;
}

/**
 * The problems of the timeline's own fields (title, description, as-of, sources, actors,
 * categories, story), and of events the change would break (an actor removed that an event
 * names): the validator would drop such an event, so that is an error here. Events' own warnings
 * (a missing quote) are for the event editor.
 */
export function timelineProblems(draft: unknown): Problems {
  const { issues } = validateDataset(draft);
  return byField(issues.filter((i) => i.severity === "error" || !i.path.startsWith("events")), "");
}
