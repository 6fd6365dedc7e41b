import { useCallback, useEffect, useId, useRef, useState } from "react";
import { navigate, searchWith } from "../state/url";
import { currentEntryId, setCurrentEntry } from "./currentTimeline";
import { announceLibraryChange, onLibraryChange } from "./libraryChannel";
import { duplicateEntry, isBroken, libraryError, listEntries, removeEntry, renameEntry, restoreEntry, type LibraryEntry, type ListedEntry } from "./libraryStore";
import { openLibraryEntry, type OpenEntry } from "./useLibraryAutosave";
import { formatCount } from "../domain/formatCount";
import "./LibraryView.css";
import "../components/dialogs.css";

interface Props {
  /** The address now: the library's own (`view=library`). */
  search: string;
  /** Shows an entry as the timeline on screen. */
  openEntry: OpenEntry;
}

type Listing = { state: "loading" } | { state: "ready"; entries: ListedEntry[] } | { state: "error"; message: string };

/** What the last action did, said in the status line; `undo` puts a deleted entry back. */
type Said = { text: string; undo?: { value: unknown; id: string; title: string } };

const TITLE_LIMIT = 200;

function download(text: string, title: string) {
  void import("../export").then(({ exportFileName, downloadBlob }) => downloadBlob(new Blob([text], { type: "application/json" }), exportFileName(title, ".timeline.json")));
}

const changed = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
};

/** The timeline's address without the library, and without what belonged to the one shown before. */
const timelineSearch = (search: string) => searchWith(search, { view: undefined }, { drop: ["data", "format", "event", "compare", "from", "to", "q", "actors", "categories", "status"] });

/**
 * The reader's library: every timeline kept in this browser, most recently changed first, each
 * with Open, Rename, Duplicate, Download and Delete (which can be undone). A table, so that a screen
 * reader hears each timeline's title, size and date with its actions; every action works from the
 * keyboard, and focus never falls back to the page's start after one.
 */
export default function LibraryView({ search, openEntry }: Props) {
  const [listing, setListing] = useState<Listing>({ state: "loading" });
  const [said, setSaid] = useState<Said | undefined>();
  const [problem, setProblem] = useState<{ text: string; download?: { text: string; title: string } } | undefined>();
  const [renaming, setRenaming] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes after the list is drawn again (a row's button, by its id). */
  const focusNext = useRef<string | undefined>(undefined);
  const id = useId();
  const current = currentEntryId();

  const refresh = useCallback(() => {
    listEntries().then(
      (entries) => setListing({ state: "ready", entries }),
      (error: unknown) => setListing({ state: "error", message: `Your library could not be opened: ${libraryError(error).message}. Nothing in it was deleted.` }),
    );
  }, []);
  useEffect(() => {
    refresh();
    heading.current?.focus();
    return onLibraryChange(refresh);
  }, [refresh]);
  useEffect(() => {
    if (!focusNext.current) return;
    const target = document.getElementById(focusNext.current);
    if (target) {
      target.focus();
      focusNext.current = undefined;
    }
  });

  const fail = (what: string, error: unknown) => setProblem({ text: `${what}: ${libraryError(error).message}. Nothing was changed.` });
  const back = () => navigate(searchWith(search, { view: undefined }));

  const open = async (entry: LibraryEntry) => {
    setProblem(undefined);
    const opened = await openLibraryEntry(entry, openEntry);
    if (opened.ok) navigate(timelineSearch(search));
    else setProblem({ text: `“${entry.title}” could not be opened: ${opened.why}. It is kept in your library; download it to keep a copy or to repair it.`, download: { text: entry.text, title: entry.title } });
  };
  const rename = async (entry: LibraryEntry, title: string) => {
    const name = title.trim().slice(0, TITLE_LIMIT);
    setRenaming(undefined);
    focusNext.current = `${id}-rename-${entry.id}`;
    if (!name || name === entry.title) return;
    try {
      const saved = await renameEntry(entry, name);
      announceLibraryChange({ kind: "saved", id: saved.id, revision: saved.revision }, { thisTab: true });
      setSaid({ text: `Renamed to “${name}”.` });
    } catch (error) {
      fail(`“${entry.title}” could not be renamed`, error);
      refresh();
    }
  };
  const duplicate = async (entry: LibraryEntry) => {
    try {
      const copy = await duplicateEntry(entry);
      focusNext.current = `${id}-open-${copy.id}`;
      announceLibraryChange({ kind: "saved", id: copy.id, revision: copy.revision }, { thisTab: true });
      setSaid({ text: `Made “${copy.title}”.` });
    } catch (error) {
      fail(`“${entry.title}” could not be duplicated`, error);
    }
  };
  const remove = async (entry: ListedEntry, title: string) => {
    try {
      const value = await removeEntry(entry.id);
      if (currentEntryId() === entry.id) setCurrentEntry(undefined);
      announceLibraryChange({ kind: "removed", id: entry.id }, { thisTab: true });
      // The Undo button, right after the deletion: a keyboard user can take it back at once.
      focusNext.current = `${id}-undo`;
      setSaid({ text: `Deleted “${title}”.`, undo: { value, id: entry.id, title } });
    } catch (error) {
      fail(`“${title}” could not be deleted`, error);
    }
  };
  const undo = async (undone: NonNullable<Said["undo"]>) => {
    try {
      await restoreEntry(undone.value, undone.id);
      focusNext.current = `${id}-open-${undone.id}`;
      announceLibraryChange({ kind: "saved", id: undone.id, revision: 0 }, { thisTab: true });
      setSaid({ text: `“${undone.title}” is back.` });
    } catch (error) {
      fail(`“${undone.title}” could not be put back`, error);
    }
  };

  return (
    <main className="library" aria-labelledby={`${id}-title`}>
      <div className="library-head">
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
          Your library
        </h1>
        <button type="button" className="text-button" onClick={back}>
          Back to the timeline
        </button>
      </div>
      <p className="library-intro">
        Every timeline you open or make is kept here, in this browser only (nothing is sent anywhere), and saved as you change it. Open a file or make a timeline from an article
        with the Data menu to add one.
      </p>
      <div className="library-said" role="status">
        {said && (
          <>
            <span>{said.text}</span>
            {said.undo && (
              <button type="button" className="text-button" id={`${id}-undo`} onClick={() => void undo(said.undo!)}>
                Undo
              </button>
            )}
          </>
        )}
      </div>
      {problem && (
        <div className="notice library-problem" role="alert">
          <p>{problem.text}</p>
          {problem.download && (
            <button type="button" className="text-button" onClick={() => download(problem.download!.text, problem.download!.title)}>
              Download it
            </button>
          )}
        </div>
      )}
      {listing.state === "loading" && <p role="status">Loading your library…</p>}
      {listing.state === "error" && (
        <div className="notice library-problem" role="alert">
          <p>{listing.message}</p>
        </div>
      )}
      {listing.state === "ready" && listing.entries.length === 0 && <p className="library-empty">Your library is empty.</p>}
      {listing.state === "ready" && listing.entries.length > 0 && (
        <table className="library-table">
          <caption className="visually-hidden">Your timelines, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col" className="library-number">
                Events
              </th>
              <th scope="col">Last changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.entries.map((entry) =>
              isBroken(entry) ? (
                <tr key={entry.id}>
                  <th scope="row" id={`${id}-title-${entry.id}`}>
                    A timeline this version cannot read
                    <span className="library-note">It is kept as it was stored: download it to keep a copy.</span>
                  </th>
                  <td className="library-number">–</td>
                  <td>–</td>
                  <td>
                    <div className="library-actions">
                    <button type="button" className="text-button" id={`${id}-open-${entry.id}`} aria-describedby={`${id}-title-${entry.id}`} onClick={() => download(entry.text, "unreadable timeline")}>
                      Download
                    </button>
                    <button type="button" className="text-button" aria-describedby={`${id}-title-${entry.id}`} onClick={() => void remove(entry, "the unreadable timeline")}>
                      Delete
                    </button>
                  </div>
                  </td>
                </tr>
              ) : (
                <tr key={entry.id} aria-current={entry.id === current ? "true" : undefined}>
                  <th scope="row" id={`${id}-title-${entry.id}`}>
                    {renaming === entry.id ? (
                      <RenameForm entry={entry} onDone={(title) => void rename(entry, title)} onCancel={() => {
                          focusNext.current = `${id}-rename-${entry.id}`;
                          setRenaming(undefined);
                        }} />
                    ) : (
                      <>
                        {entry.title}
                        {entry.id === current && <span className="library-note">On screen now</span>}
                      </>
                    )}
                  </th>
                  <td className="library-number">{formatCount(entry.eventCount)}</td>
                  <td>
                    <time dateTime={entry.changedAt}>{changed(entry.changedAt)}</time>
                  </td>
                  <td>
                    <div className="library-actions">
                    <button type="button" className="primary-button" id={`${id}-open-${entry.id}`} aria-describedby={`${id}-title-${entry.id}`} onClick={() => void open(entry)}>
                      Open
                    </button>
                    <button type="button" className="text-button" id={`${id}-rename-${entry.id}`} aria-describedby={`${id}-title-${entry.id}`} onClick={() => setRenaming(entry.id)}>
                      Rename
                    </button>
                    <button type="button" className="text-button" aria-describedby={`${id}-title-${entry.id}`} onClick={() => void duplicate(entry)}>
                      Duplicate
                    </button>
                    <button type="button" className="text-button" aria-describedby={`${id}-title-${entry.id}`} onClick={() => download(entry.text, entry.title)}>
                      Download
                    </button>
                    <button type="button" className="text-button" aria-describedby={`${id}-title-${entry.id}`} onClick={() => void remove(entry, entry.title)}>
                      Delete
                    </button>
                  </div>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </main>
  );
}

/** Rename in place: Enter saves, Escape cancels. */
function RenameForm({ entry, onDone, onCancel }: { entry: LibraryEntry; onDone: (title: string) => void; onCancel: () => void }) {
  const [title, setTitle] = useState(entry.title);
  const id = useId();
  return (
    <form
      className="library-rename"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(title);
      }}
    >
      <label htmlFor={id}>New title for “{entry.title}”</label>
      <input
        id={id}
        type="text"
        value={title}
        maxLength={TITLE_LIMIT}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="submit" className="primary-button">
        Save
      </button>
      <button type="button" className="text-button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
