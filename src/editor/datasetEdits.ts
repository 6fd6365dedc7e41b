/** The changes the editor makes to a dataset, as pure functions: each returns a new dataset. */
import type { Dataset, EventRecord } from "../domain/types";

/** Put `record` in place of the event `id` (or add it when `id` is undefined). */
export function saveEvent(dataset: Dataset, record: EventRecord, id?: string): Dataset {
  if (id === undefined) return { ...dataset, events: [...dataset.events, record] };
  return {
    ...dataset,
    events: dataset.events.map((e) => (e.id === id ? record : e)),
    story: dataset.story && { ...dataset.story, steps: dataset.story.steps.map((s) => (s.event === id ? { ...s, event: record.id } : s)) },
  };
}

/** Without the event `id`, and without the story steps that showed it (a story without steps is no story). */
export function deleteEvent(dataset: Dataset, id: string): Dataset {
  const next: Dataset = { ...dataset, events: dataset.events.filter((e) => e.id !== id) };
  if (dataset.story) {
    const steps = dataset.story.steps.filter((s) => s.event !== id);
    if (steps.length > 0) next.story = { ...dataset.story, steps };
    else delete next.story;
  }
  return next;
}

/** With the event `id`'s date changed. */
export function setWhen(dataset: Dataset, id: string, when: string): Dataset {
  return { ...dataset, events: dataset.events.map((e) => (e.id === id ? { ...e, when } : e)) };
}
