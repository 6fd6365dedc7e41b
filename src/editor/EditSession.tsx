import { useCallback, useEffect, useImperativeHandle, useRef, useState } from "react";
import type { Locale } from "date-fns";
import type { Dataset, EventRecord, Timeline } from "../domain/types";
import { isoOfDay, todayIso } from "../domain/fuzzyDate";
import { parseFuzzyDate } from "../domain/parseFuzzyDate";
import { shiftEdtf, unitsBetween, type DatePart } from "../domain/shiftFuzzyDate";
import { readDatePhrase } from "../extract/readDatePhrase";
import { useEditHistory } from "./useEditHistory";
import { deleteEvent, saveEvent, setWhen } from "./datasetEdits";
import { draftOf, emptyDraft, type EventDraft } from "./eventDraft";
import { EventEditor } from "./EventEditor";
import "./editor.css";
import { TimelineEditor } from "./TimelineEditor";
import { lazyModule } from "../hooks/lazyModule";
import type { Change } from "../extract";
import { edtfInWords } from "./edtfInWords";
import { useLazyModule } from "../hooks/useLazyModule";

/** "Add an article" brings the extractor: its code comes when the dialog is first opened. */
const addArticleModule = lazyModule(() => import("./AddArticleDialog"));

/** What the view asks of the editor: the details panel, the list and the chart call these. */
export interface EditSessionApi {
  editEvent(id: string): void;
  /** A new event, its date set to `day` when given (the chart's "add an event here"). */
  addEvent(day?: number): void;
  deleteEvent(id: string): void;
  editTimeline(): void;
  /** "Add an article…": a later report's events matched to this timeline's, added as one change. */
  addArticle(): void;
  /** A mark dragged by `days`: its date moves by whole units of its precision. */
  moveDate(id: string, days: number, part: DatePart): void;
  /** Alt+arrow: one unit of the date's precision. */
  nudgeDate(id: string, units: number, part: DatePart): void;
}

interface Props {
  dataset: Dataset;
  timeline: Timeline;
  locale: Locale;
  /** The date language's id: all-number dates read day first except in US English. */
  localeId: string;
  /** The editing bar is shown; when not, the session (and its history) waits. */
  active: boolean;
  onEdit: (next: Dataset) => void;
  onSelect: (id: string | undefined) => void;
  onStop: () => void;
  apiRef: React.Ref<EditSessionApi>;
}

type Open = { kind: "event"; draft: EventDraft; id?: string } | { kind: "timeline" } | { kind: "article" } | undefined;

const isEditable = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The editing session: the editing bar (add, settings, undo, redo), the event and timeline
 * editors, and the history of every change, which lasts as long as the timeline is on screen.
 */
export function EditSession({ dataset, timeline, locale, localeId, active, onEdit, onSelect, onStop, apiRef }: Props) {
  const history = useEditHistory(dataset, onEdit);
  const current = history.current;
  const [open, setOpen] = useState<Open>();
  const [announcement, setAnnouncement] = useState("");
  /** A problem, or where to look for what was just added: shown in the editing bar. */
  const [failure, setFailure] = useState<string | undefined>();
  const [note, setNote] = useState<{ label: string; published: string } | undefined>();
  const AddArticleDialog = useLazyModule(addArticleModule, open?.kind === "article")?.default;
  const opener = useRef<Element | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const dayFirst = localeId !== "en-US";
  const [today] = useState(todayIso);
  // The day the timeline is shown as of; relative dates typed in the editor are read against it.
  const shownDay = timeline.asOfDay !== undefined && Number.isFinite(timeline.asOfDay) ? isoOfDay(timeline.asOfDay) : undefined;
  const reference = shownDay ?? today;

  const words = useCallback((edtf: string) => edtfInWords(edtf, locale), [locale]);
  /** The date as the form shows it: in words when they read back to the same EDTF, else the EDTF. */
  const typedDate = useCallback(
    (edtf: string) => {
      const said = words(edtf);
      const back = readDatePhrase(said, { reference, dayFirst });
      return back.ok && back.edtf === edtf ? said : edtf;
    },
    [words, reference, dayFirst],
  );

  // Where to look, while the day shown is before the article's: once "As of" reaches it, nothing to say.
  const lookLater = (published: string) => (shownDay !== undefined && published > shownDay ? ` The timeline is shown as of ${words(shownDay)}: move “As of” to ${words(published)} or later to see what it reports.` : "");

  const openDialog = (next: Open) => {
    opener.current = document.activeElement;
    setOpen(next);
  };
  /** Focus goes back where it was when the editor opened, or to the editing bar when that is gone. */
  const close = () => {
    setOpen(undefined);
    const back = opener.current;
    window.setTimeout(() => {
      if (back instanceof HTMLElement || back instanceof SVGElement) {
        if (back.isConnected && back !== document.body) return back.focus();
      }
      bar.current?.querySelector("button")?.focus();
    }, 0);
  };

  const commit = (next: Dataset, label: string) => {
    history.commit(next, label);
    setAnnouncement(`${label}.`);
  };
  const openArticle = () => {
    setFailure(undefined);
    setNote(undefined);
    addArticleModule.load().then(
      () => openDialog({ kind: "article" }),
      () => setFailure("“Add an article” could not be opened: part of the app failed to load. Check the connection and try again."),
    );
  };
  /** The article's changes as one edit, one Undo away; and where to look for them. */
  const addedArticle = (next: Dataset, summary: { publisher: string; published: string; changes: Change[] }) => {
    const added = summary.changes.filter((c) => c.done === "added").length;
    const skipped = summary.changes.length - added;
    const label = `Added the ${summary.publisher} article of ${words(summary.published)}: ${added} change${added === 1 ? "" : "s"}${skipped > 0 ? ` (${skipped} left out: the format's limits)` : ""}`;
    history.commit(next, label);
    setAnnouncement(`${label}.${lookLater(summary.published)}`);
    setNote({ label, published: summary.published });
    close();
  };
  const titleOf = (id: string) => current.events.find((e) => e.id === id)?.title ?? id;
  const move = (id: string, units: number, part: DatePart) => {
    const record = current.events.find((e) => e.id === id);
    const parsed = record && parseFuzzyDate(record.when);
    if (!record || !parsed?.ok || units === 0) return;
    const next = shiftEdtf(record.when, units, parsed.date.precision, part);
    if (!next) return setAnnouncement(`“${record.title}” cannot move there: its end would come before its start.`);
    commit(setWhen(current, id, next), `Moved “${record.title}” to ${words(next)}`);
  };

  useImperativeHandle(apiRef, () => ({
    editEvent: (id) => {
      const record = current.events.find((e) => e.id === id);
      if (record) openDialog({ kind: "event", id, draft: draftOf(record, typedDate(record.when)) });
    },
    addEvent: (day) => openDialog({ kind: "event", draft: emptyDraft(current, day === undefined ? "" : typedDate(isoOfDay(day))) }),
    deleteEvent: (id) => {
      commit(deleteEvent(current, id), `Deleted “${titleOf(id)}” (Undo brings it back)`);
      onSelect(undefined);
      // The details panel that held the focus goes: the editing bar takes it, Undo in reach.
      window.setTimeout(() => bar.current?.querySelector<HTMLElement>("button:not(:disabled)")?.focus(), 0);
    },
    editTimeline: () => openDialog({ kind: "timeline" }),
    addArticle: openArticle,
    moveDate: (id, days, part) => {
      const record = current.events.find((e) => e.id === id);
      const parsed = record && parseFuzzyDate(record.when);
      if (!parsed?.ok) return;
      const d = parsed.date;
      const anchor = part === "end" || d.kind === "deadline" ? d.end.latestDay : d.start.earliestDay;
      move(id, unitsBetween(anchor, anchor + days, d.precision), part);
    },
    nudgeDate: move,
  }));

  const undo = () => {
    setNote(undefined);
    const done = history.undo();
    setAnnouncement(done ? `Undone: ${done.label}.` : "Nothing to undo.");
  };
  const redo = () => {
    setNote(undefined);
    const done = history.redo();
    setAnnouncement(done ? `Redone: ${done.label}.` : "Nothing to redo.");
  };
  const latest = useRef({ undo, redo, active });
  useEffect(() => {
    latest.current = { undo, redo, active };
  });
  useEffect(() => {
    // In a text field, Ctrl+Z undoes typing there; in an open editor, nothing of the timeline changes.
    const onKey = (e: KeyboardEvent) => {
      // After "Done editing" the keys are the browser's again; the history waits for the next edit.
      if (!latest.current.active || !(e.ctrlKey || e.metaKey) || e.altKey || isEditable(e.target) || document.querySelector("dialog[open]")) return;
      const key = e.key.toLowerCase();
      if (key === "z") {
        e.preventDefault();
        if (e.shiftKey) latest.current.redo();
        else latest.current.undo();
      } else if (key === "y" && !e.shiftKey) {
        e.preventDefault();
        latest.current.redo();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const saveRecord = (record: EventRecord, id?: string) => {
    commit(saveEvent(current, record, id), id ? `Saved “${record.title}”` : `Added “${record.title}”, ${words(record.when)}`);
    close();
    if (!id) {
      onSelect(record.id);
      opener.current = null;
    }
  };

  return (
    <>
      {active && (
        <div className="edit-bar" role="toolbar" aria-label="Editing" ref={bar}>
          <span className="edit-bar-title">Editing</span>
          <button type="button" className="text-button" onClick={() => openDialog({ kind: "event", draft: emptyDraft(current) })}>
            Add event
          </button>
          <button type="button" className="text-button" onClick={() => openDialog({ kind: "timeline" })}>
            Timeline settings
          </button>
          <button type="button" className="text-button" onClick={openArticle}>
            Add an article…
          </button>
          <button type="button" className="text-button" onClick={undo} disabled={history.undoLabel === undefined} aria-keyshortcuts="Control+Z Meta+Z" title={history.undoLabel ? `Undo: ${history.undoLabel} (Ctrl+Z)` : "Nothing to undo"}>
            Undo
          </button>
          <button type="button" className="text-button" onClick={redo} disabled={history.redoLabel === undefined} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" title={history.redoLabel ? `Redo: ${history.redoLabel} (Shift+Ctrl+Z)` : "Nothing to redo"}>
            Redo
          </button>
          <button type="button" className="text-button" onClick={onStop}>
            Done editing
          </button>
          {failure && (
            <p className="field-error" role="alert">
              {failure}
            </p>
          )}
          {note && (
            <p className="edit-bar-note">
              {note.label}.{lookLater(note.published)}
            </p>
          )}
          <p className="edit-bar-hint">Drag a mark to change its date, or Alt+arrow on it; “n” on a mark or right-click the chart adds an event there; “e” edits.</p>
        </div>
      )}
      {open?.kind === "event" && (
        <EventEditor
          dataset={current}
          initial={open.draft}
          editing={open.id}
          locale={locale}
          dayFirst={dayFirst}
          reference={reference}
          onCancel={close}
          onSave={(record) => saveRecord(record, open.id)}
          onDelete={
            open.id
              ? () => {
                  const id = open.id!;
                  setOpen(undefined);
                  commit(deleteEvent(current, id), `Deleted “${titleOf(id)}” (Undo brings it back)`);
                  onSelect(undefined);
                  window.setTimeout(() => bar.current?.querySelector("button")?.focus(), 0);
                }
              : undefined
          }
        />
      )}
      {open?.kind === "timeline" && (
        <TimelineEditor
          dataset={current}
          onCancel={close}
          onSave={(next) => {
            commit(next, "Changed the timeline’s settings");
            close();
          }}
        />
      )}
      {open?.kind === "article" && AddArticleDialog && <AddArticleDialog dataset={current} locale={locale} onCancel={close} onAdd={addedArticle} />}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
