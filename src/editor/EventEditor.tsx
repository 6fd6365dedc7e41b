import { useMemo, useState } from "react";
import type { Locale } from "date-fns";
import { readDatePhrase } from "../extract/readDatePhrase";
import { EVENT_STATUSES } from "../domain/schema";
import { STATUS_WORDS } from "../domain/statusWords";
import type { Dataset, EventRecord, EventStatus, Issue } from "../domain/types";
import { FormDialog } from "../components/FormDialog";
import { TextField } from "../components/TextField";
import { DateField } from "./DateField";
import { recordOf, idFor, type EventDraft } from "./eventDraft";
import { eventProblems, hasErrors } from "./eventProblems";
import "../components/dialogs.css";

interface Props {
  dataset: Dataset;
  initial: EventDraft;
  /** The id of the event edited; undefined for a new one. */
  editing?: string;
  locale: Locale;
  /** Read all-number dates day first (every date language but US English). */
  dayFirst: boolean;
  /** The day relative phrases count from (YYYY-MM-DD). */
  reference: string;
  onSave: (record: EventRecord) => void;
  onDelete?: () => void;
  onCancel: () => void;
}

/** Every field of one event, checked as a file would be; Save keeps nothing invalid. */
export function EventEditor({ dataset, initial, editing, locale, dayFirst, reference, onSave, onDelete, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const change = (field: string, patch: Partial<EventDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched((t) => new Set(t).add(field));
  };
  const reading = useMemo(() => readDatePhrase(draft.whenText, { reference, dayFirst }), [draft.whenText, reference, dayFirst]);
  const id = editing ?? idFor(draft.title, dataset.events.map((e) => e.id));
  const record = useMemo(() => recordOf({ ...draft, id }, reading.ok ? reading.edtf : draft.whenText), [draft, id, reading]);
  const problems = useMemo(() => eventProblems(dataset, record, editing), [dataset, record, editing]);
  const blocked = hasErrors(problems) || !reading.ok;
  const shown = (field: string): Issue[] => (tried || touched.has(field.replace(/\[.*$/, "")) ? (problems.get(field) ?? []) : []);
  // A date that could not be read is one problem, said by the reader, not again by the validator.
  const errorCount = [...problems.entries()].filter(([field]) => reading.ok || field !== "when").flatMap(([, list]) => list).filter((i) => i.severity === "error").length + (reading.ok ? 0 : 1);

  const save = () => {
    setTried(true);
    if (blocked) return false;
    onSave(record);
    return true;
  };
  const setEvidence = (index: number, patch: Partial<EventDraft["evidence"][number]>) =>
    change("evidence", { evidence: draft.evidence.map((e, i) => (i === index ? { ...e, ...patch } : e)) });

  return (
    <FormDialog
      title={editing ? `Edit “${initial.title}”` : "New event"}
      titleId="event-editor-title"
      submitLabel={editing ? "Save changes" : "Add event"}
      onSubmit={save}
      onCancel={onCancel}
      moreActions={
        onDelete && (
          <button type="button" className="text-button danger-button" onClick={onDelete}>
            Delete event
          </button>
        )
      }
    >
      <TextField label="Title" value={draft.title} onChange={(title) => change("title", { title })} problems={shown("title")} required autoFocus />
      {shown("id").length > 0 && <p className="field-error">{shown("id")[0].message}</p>}
      <DateField value={draft.whenText} onChange={(whenText) => change("when", { whenText })} reading={reading} problems={problems.get("when") ?? []} showProblems={tried || touched.has("when")} locale={locale} />
      <div className="field-row">
        <TextField label="Time phrase (the source’s words for the date)" value={draft.timePhrase} onChange={(timePhrase) => change("timePhrase", { timePhrase })} problems={shown("timePhrase")} />
        <label className="field">
          Status
          <select value={draft.status} onChange={(e) => change("status", { status: e.target.value as EventStatus })}>
            {EVENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <TextField label="Summary" multiline value={draft.summary} onChange={(summary) => change("summary", { summary })} problems={shown("summary")} />
      <div className="field-row">
        <label className="field">
          Category
          <select value={draft.category} onChange={(e) => change("category", { category: e.target.value })}>
            <option value="">(none)</option>
            {dataset.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <TextField label="Place" value={draft.place} onChange={(place) => change("place", { place })} problems={shown("place")} />
      </div>
      <fieldset className="editor-group">
        <legend>Actors</legend>
        {dataset.actors.length === 0 ? (
          <p className="field-hint">No actors yet: add them in the timeline’s settings.</p>
        ) : (
          <div className="check-list">
            {dataset.actors.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.actors.includes(a.id)}
                  onChange={(e) => change("actors", { actors: e.target.checked ? [...draft.actors, a.id] : draft.actors.filter((x) => x !== a.id) })}
                />{" "}
                {a.label}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="editor-group">
        <legend>Evidence</legend>
        {shown("evidence").map((p, i) => (
          <p key={i} className={p.severity === "error" ? "field-error" : "field-warning"}>
            {p.severity === "error" ? "" : "Note: "}
            {p.message}
          </p>
        ))}
        {draft.evidence.map((ev, i) => (
          <div key={i} className="evidence-editor" role="group" aria-label={`Evidence ${i + 1}`}>
            <div className="field-row">
              <label className="field">
                Source
                <select value={ev.source} onChange={(e) => setEvidence(i, { source: e.target.value })}>
                  {dataset.sources.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.publisher}: {s.title}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="text-button" onClick={() => change("evidence", { evidence: draft.evidence.filter((_, j) => j !== i) })} aria-label={`Remove evidence ${i + 1}`}>
                Remove
              </button>
            </div>
            <TextField label="Quote (copied from the source)" multiline value={ev.quote} onChange={(quote) => setEvidence(i, { quote })} problems={shown(`evidence[${i}].quote`)} />
            <TextField label="Note" value={ev.note} onChange={(note) => setEvidence(i, { note })} problems={shown(`evidence[${i}].note`)} />
          </div>
        ))}
        <button type="button" className="text-button" onClick={() => change("evidence", { evidence: [...draft.evidence, { source: dataset.sources[0]?.id ?? "", quote: "", note: "" }] })}>
          Add evidence
        </button>
      </fieldset>
      {tried && blocked && (
        <p className="field-error" role="alert">
          {errorCount === 1 ? "One problem to fix" : `${errorCount} problems to fix`} before this can be saved.
        </p>
      )}
    </FormDialog>
  );
}
