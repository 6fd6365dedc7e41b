/**
 * The timeline a page starts with when it is not the bundled one nor a `?data=` one: a share
 * link's (`#t=`), or the library's (the entry on screen before a reload, or the one timeline an
 * older version kept in localStorage). Loaded only by such pages: the default view does not carry
 * it, nor the library (IndexedDB), which loads only for the library's own timelines.
 */
import { toTimeline } from "../domain/toTimeline";
import type { Dataset, Issue, Timeline } from "../domain/types";
import { setCurrentEntry, type StartingTimeline } from "../library/currentTimeline";
import { fuzzyDate } from "../domain/parseFuzzyDate";
import { importAny } from "../import/importAny";
import { plural } from "../domain/formatCount";

export interface StartedTimeline {
  timeline: Timeline;
  dataset: Dataset;
  issues: Issue[];
  eventCount: number;
  name: string;
  origin: "opened" | "shared";
  library?: { id: string; revision: number };
  notice?: string;
}

/** As the page's state (DataState) takes them: ready (less its load number), or an error. */
export type Started =
  | ({ state: "ready" } & StartedTimeline)
  | { state: "error"; message: string; issues: Issue[]; name: string }
  /** The bundled timeline instead, `notice` saying why. */
  | { state: "bundled"; notice?: string };

const SHARED_NAME = "the shared link";

/** Our JSON's text, checked as a file is; undefined when it cannot be shown. */
function read(text: string, name: string, rest: Omit<StartedTimeline, "timeline" | "dataset" | "issues" | "eventCount" | "name">): Started | undefined {
  const result = importAny(text, { format: "dataset", fileName: name });
  if (!result.dataset) return undefined;
  return { state: "ready", timeline: toTimeline(result.dataset, fuzzyDate), dataset: result.dataset, issues: result.issues, eventCount: result.eventCount, name, ...rest };
}

async function fromLink(payload: string): Promise<Started> {
  const { unpackShared } = await import("../library/shareLink");
  const unpacked = await unpackShared(payload);
  if (!unpacked.ok) return { state: "error", message: unpacked.message, issues: [], name: SHARED_NAME };
  const result = importAny(unpacked.text, { format: "dataset", fileName: SHARED_NAME });
  if (!result.dataset) {
    const n = result.issues.length;
    return { state: "error", message: `The timeline in the link could not be opened: ${plural(n, "problem")} found.`, issues: result.issues, name: SHARED_NAME };
  }
  return { state: "ready", timeline: toTimeline(result.dataset, fuzzyDate), dataset: result.dataset, issues: result.issues, eventCount: result.eventCount, name: SHARED_NAME, origin: "shared" };
}

const KEPT = "It is kept in your library (Data → Library), where you can download it.";

async function fromLibrary(stored: Exclude<StartingTimeline, { kind: "shared" }>): Promise<Started> {
  const { startingEntry } = await import("../library/startingEntry");
  const start = await startingEntry(stored);
  if (start.kind === "entry") {
    const { entry } = start;
    const shown = read(entry.text, entry.name, { origin: "opened", library: { id: entry.id, revision: entry.revision } });
    if (shown) return shown;
    // Kept, never deleted: a newer format or a damaged copy can still be downloaded. Only the
    // pointer goes, so that the next visit does not try it again.
    setCurrentEntry(undefined);
    return { state: "bundled", notice: `The timeline you had open (“${entry.title}”) could not be read again, so the bundled one is shown. ${KEPT}` };
  }
  if (start.kind === "broken") {
    setCurrentEntry(undefined);
    return { state: "bundled", notice: `The timeline you had open is stored in a form this version cannot read, so the bundled one is shown. ${KEPT}` };
  }
  if (start.kind === "failed") {
    const why = `Your library could not be opened: ${start.error.message}.`;
    // The older storage's copy stays where it was, and is shown from there.
    const legacy = start.legacy && read(start.legacy.text, start.legacy.name, { origin: "opened", notice: `${why} This timeline is still kept where this browser had it.` });
    return legacy ?? { state: "bundled", notice: `${why} The bundled timeline is shown; nothing was deleted.` };
  }
  return { state: "bundled" };
}

export function startingData(stored: StartingTimeline): Promise<Started> {
  return stored.kind === "shared" ? fromLink(stored.payload) : fromLibrary(stored);
}
