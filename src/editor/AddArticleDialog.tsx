import { useId, useMemo, useState } from "react";
import type { Locale } from "date-fns";
import { addArticleToDataset, compareWithEvent, extractEvents, matchCandidates, matchContext, NEW_EVENT_CONFIDENCE, type CandidateEvent, type Change, type Decision, type MatchKind } from "../extract";
import { isPlan } from "../extract/matchCandidates";
import { formatIsoDay, todayIso } from "../domain/fuzzyDate";
import { isIsoDay } from "../domain/schema";
import { isHttpUrl } from "../domain/vocabulary";
import type { Dataset, EventRecord, EventStatus, Issue } from "../domain/types";
import { EVENT_STATUSES } from "../domain/vocabulary";
import { FormDialog } from "../components/FormDialog";
import { TextField } from "../components/TextField";
import { eventsById } from "../domain/eventIndex";
import { edtfInWords } from "./edtfInWords";
import "./addArticle.css";

interface Props {
  dataset: Dataset;
  locale: Locale;
  /** The new dataset and what was done, in words; the dialog closes. */
  onAdd: (next: Dataset, summary: { publisher: string; published: string; changes: Change[] }) => void;
  onCancel: () => void;
}

/** A candidate as the reviewer has it: what to do with it, and whether to do it. */
interface Row {
  candidate: CandidateEvent;
  accepted: boolean;
  /** The event it tells of, or undefined for a new event. */
  eventId?: string;
  kind?: MatchKind;
  /** Events it could be, best first, with their scores. */
  alternatives: { eventId: string; score: number }[];
}

const NEW_EVENT = "";

const problem = (message: string): Issue[] => [{ path: "", message, severity: "error" }];

/**
 * "Add an article…" to the timeline on screen: its text (pasted or from a file), publisher, link
 * and day; then one row per dated sentence, matched to the timeline's events, to accept or change.
 */
export default function AddArticleDialog({ dataset, locale, onAdd, onCancel }: Props) {
  const ids = useId();
  const [text, setText] = useState("");
  const [publisher, setPublisher] = useState("");
  const [url, setUrl] = useState("");
  const [published, setPublished] = useState(todayIso());
  const [tried, setTried] = useState(false);
  const [rows, setRows] = useState<Row[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [found, setFound] = useState<{ unresolved: number }>({ unresolved: 0 });

  const problems = {
    text: text.trim() === "" ? problem("Paste the article's text, or choose a file.") : [],
    publisher: publisher.trim() === "" ? problem("Give the publisher, e.g. “AP” or “BBC News”.") : [],
    url: url.trim() !== "" && !isHttpUrl(url.trim()) ? problem("must be an http:// or https:// address") : [],
    published: isIsoDay(published) ? [] : problem("must be a calendar day, e.g. 2019-02-28"),
  };
  const shown = (list: Issue[]) => (tried ? list : []);
  const reviewing = rows !== undefined;
  const context = useMemo(() => (reviewing ? matchContext(dataset, published) : undefined), [reviewing, dataset, published]);
  const byId = eventsById(dataset.events);
  const dateWords = (edtf: string) => edtfInWords(edtf, locale);
  // Each event's option, in words once per event and language: every row lists up to a few
  // hundred events, and each tick of a box drew them all again.
  const optionLabel = useMemo(() => {
    // Keyed by the event object: an edited timeline brings new objects, so nothing stale is reused.
    const labels = new WeakMap<EventRecord, string>();
    return (e: EventRecord) => {
      let label = labels.get(e);
      if (label === undefined) {
        label = `${e.title} (${edtfInWords(e.when, locale)})`;
        // oxlint-disable-next-line react/immutability -- a memo of pure results, private to this closure
        labels.set(e, label);
      }
      return label;
    };
  }, [locale]);

  const find = (): boolean => {
    setTried(true);
    setError(undefined);
    if (Object.values(problems).some((p) => p.length > 0)) return false;
    try {
      const result = extractEvents(text, { published });
      const matches = matchCandidates(result.candidates, dataset, published);
      setFound({ unresolved: result.unresolved.length });
      setRows(
        matches.map(({ candidate, proposal, alternatives }) =>
          proposal.kind === "new-event"
            ? { candidate, accepted: candidate.confidence >= NEW_EVENT_CONFIDENCE, alternatives }
            : { candidate, accepted: true, eventId: proposal.eventId, kind: proposal.kind, alternatives },
        ),
      );
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };

  const choose = (index: number, eventId: string) =>
    setRows((list) =>
      list?.map((row, i) => {
        if (i !== index) return row;
        const event = byId.get(eventId);
        if (!event || !context) return { ...row, eventId: undefined, kind: undefined };
        return { ...row, eventId, kind: compareWithEvent(row.candidate, event, context).kind };
      }),
    );
  /** The extractor's status corrected ("ended" on the day of a two-day summit is over, not ongoing): what it adds is weighed again. */
  const setStatus = (index: number, status: EventStatus) =>
    setRows((list) =>
      list?.map((row, i) => {
        if (i !== index) return row;
        const candidate = { ...row.candidate, status };
        const event = row.eventId ? byId.get(row.eventId) : undefined;
        return { ...row, candidate, kind: event && context ? compareWithEvent(candidate, event, context).kind : row.kind };
      }),
    );
  const accept = (index: number, accepted: boolean) => setRows((list) => list?.map((row, i) => (i === index ? { ...row, accepted } : row)));

  const add = (): boolean => {
    if (!rows) return false;
    const decisions: Decision[] = rows
      .filter((r) => r.accepted)
      .map((r) => (r.eventId && r.kind ? { candidate: r.candidate, action: r.kind, eventId: r.eventId } : { candidate: r.candidate, action: "new-event" }));
    try {
      const firstLine = text.trim().split(/\r?\n/)[0].trim();
      const source = { publisher: publisher.trim(), title: firstLine.slice(0, 300) || "Untitled article", published, ...(url.trim() ? { url: url.trim() } : {}) };
      const result = addArticleToDataset(dataset, source, decisions);
      onAdd(result.dataset, { publisher: source.publisher, published, changes: result.changes });
      return true;
    } catch (e) {
      // Nothing is changed: the timeline on screen stays as it was.
      setError(`Nothing was added: ${(e as Error).message}`);
      return false;
    }
  };

  const readFile = (file: File) => {
    readText(file).then(
      (content) => setText(content),
      () => setError(`“${file.name}” could not be read.`),
    );
  };

  const accepted = rows?.filter((r) => r.accepted).length ?? 0;
  return (
    <FormDialog
      title="Add an article to this timeline"
      titleId={`${ids}-title`}
      submitLabel={rows ? `Add to timeline (${accepted} of ${rows.length})` : "Find events"}
      onSubmit={rows ? add : find}
      onCancel={onCancel}
      moreActions={
        rows && (
          <button type="button" className="text-button" onClick={() => setRows(undefined)}>
            Back to the article
          </button>
        )
      }
    >
      {!rows ? (
        <>
          <p className="field-hint">What a later report says is added beside what the timeline has: nothing is overwritten, and the “As of” control shows the timeline before and after it.</p>
          <div className="field">
            <label htmlFor={`${ids}-text`}>Article text</label>
            <textarea
              id={`${ids}-text`}
              rows={8}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={shown(problems.text).length > 0 || undefined}
              aria-describedby={shown(problems.text).length > 0 ? `${ids}-text-problem` : undefined}
            />
            {shown(problems.text).length > 0 && (
              <span id={`${ids}-text-problem`} className="field-error">
                {problems.text[0].message}
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${ids}-file`}>…or read it from a text file</label>
            <input id={`${ids}-file`} type="file" accept=".txt,text/plain" onChange={(e) => e.target.files?.[0] && readFile(e.target.files[0])} />
          </div>
          <div className="field-row align-top">
            <TextField label="Publisher" value={publisher} onChange={setPublisher} problems={shown(problems.publisher)} required />
            <TextField label="Published on" type="date" value={published} onChange={setPublished} problems={shown(problems.published)} required hint="Relative dates (“on Thursday”) count from this day." />
          </div>
          <TextField label="Link (https://…)" type="url" value={url} onChange={setUrl} problems={shown(problems.url)} />
        </>
      ) : (
        <>
          <p className="field-hint" role="status">
            {rows.length === 0
              ? "No dated sentences found: nothing to add. Go back to the article to check its text and day."
              : `${rows.length} dated sentence${rows.length === 1 ? "" : "s"} in the ${publisher.trim()} article of ${formatIsoDay(published, locale)}; ${accepted} to add.${found.unresolved > 0 ? ` ${found.unresolved} more time phrase${found.unresolved === 1 ? "" : "s"} could not be dated.` : ""}`}
          </p>
          <ol className="candidate-list match-list" aria-label="What the article says">
            {rows.map((row, i) => {
              const event = row.eventId ? byId.get(row.eventId) : undefined;
              const actionId = `${ids}-action-${i}`;
              const score = event && row.alternatives.find((a) => a.eventId === event.id)?.score;
              return (
                <li key={row.candidate.id} className={row.accepted ? "candidate is-accepted" : "candidate"}>
                  <blockquote>{row.candidate.sentence.text}</blockquote>
                  <p className="match-action" id={actionId}>
                    {actionWords(row, event, dateWords)}
                  </p>
                  <div className="field-row">
                    <label className="check">
                      <input type="checkbox" checked={row.accepted} onChange={(e) => accept(i, e.target.checked)} aria-describedby={actionId} /> Accept
                    </label>
                    <label className="match-choice">
                      Tells of{" "}
                      <select value={row.eventId ?? NEW_EVENT} onChange={(e) => choose(i, e.target.value)}>
                        <option value={NEW_EVENT}>a new event</option>
                        <EventOptions row={row} events={dataset.events} byId={byId} optionLabel={optionLabel} />
                      </select>
                    </label>
                    <label className="match-choice">
                      Status{" "}
                      <select value={row.candidate.status} onChange={(e) => setStatus(i, e.target.value as EventStatus)}>
                        {EVENT_STATUSES.map((status) => (
                          <option key={status}>{status}</option>
                        ))}
                      </select>
                    </label>
                  </div>
                  <p className="candidate-reason">
                    “{row.candidate.phrase.text}”: {dateWords(row.candidate.when)}
                    {score !== undefined && ` · ${Math.round(score * 100)}% alike`}
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </FormDialog>
  );
}

/**
 * A text file's contents, read as UTF-8 (FileReader where there is no File.text(): older browsers,
 * jsdom). Not the importers' decoder, which would bring their chunk into this one.
 */
function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Past this many events, a row offers only the likely ones (and its current choice), not a list of them all. */
const MAX_LISTED_EVENTS = 300;

/** The events a row may be matched to: the likely ones first, then (in a timeline of a few hundred) the rest in the file's order. */
function EventOptions({ row, events, byId, optionLabel }: { row: Row; events: readonly EventRecord[]; byId: ReadonlyMap<string, EventRecord>; optionLabel: (event: EventRecord) => string }) {
  const likely = new Set(row.alternatives.map((a) => a.eventId));
  const others = events.length <= MAX_LISTED_EVENTS ? events.filter((e) => !likely.has(e.id)) : events.filter((e) => e.id === row.eventId && !likely.has(e.id));
  const option = (e: EventRecord) => (
    <option key={e.id} value={e.id}>
      {optionLabel(e)}
    </option>
  );
  return (
    <>
      {row.alternatives.length > 0 && <optgroup label="Likely">{row.alternatives.map((a) => byId.get(a.eventId)).filter((e): e is EventRecord => e !== undefined).map(option)}</optgroup>}
      {others.length > 0 && <optgroup label="Other events">{others.map(option)}</optgroup>}
    </>
  );
}

/** What accepting the row does, in words. */
function actionWords(row: Row, event: EventRecord | undefined, dateWords: (edtf: string) => string): string {
  const { candidate } = row;
  if (!event || !row.kind) return `New event: “${candidate.title}”, ${dateWords(candidate.when)}`;
  if (row.kind === "status-change") {
    const outcome = isPlan(event.status) && !isPlan(candidate.status);
    return `Status: ${event.status} → ${candidate.status} for ‘${event.title}’${outcome ? `: added as its outcome, ${dateWords(candidate.when)}, linked to the plan` : ""}`;
  }
  if (row.kind === "more-precise") return `More precise date for ‘${event.title}’: ${dateWords(event.when)} → ${dateWords(candidate.when)}`;
  return `New evidence for ‘${event.title}’`;
}
