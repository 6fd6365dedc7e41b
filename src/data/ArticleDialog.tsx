import { useMemo, useState } from "react";
import { extractEvents, NEW_EVENT_CONFIDENCE, toDraftDataset, type CandidateEvent, type ExtractionResult } from "../extract";
import { parseFuzzyDate } from "../domain/parseFuzzyDate";
import { EVENT_STATUSES } from "../domain/schema";
import type { Dataset, EventStatus } from "../domain/types";
import { useModalDialog } from "../hooks/useModalDialog";
import { todayIso } from "../domain/fuzzyDate";
import "../components/dialogs.css";
import "../components/eventDetails.css";

interface Props {
  initialText: string;
  onOpen: (dataset: Dataset, name: string) => void;
  onCancel: () => void;
}

/** A candidate as the reviewer has it: accepted or not, possibly edited, possibly merged into another. */
interface Draft {
  candidate: CandidateEvent;
  accepted: boolean;
  title: string;
  when: string;
  status: EventStatus;
  /** The id of the draft this one was merged into: its sentence becomes extra evidence there. */
  mergedInto?: string;
}

/**
 * "New timeline from an article": paste text and its publication date, review the candidate events
 * beside the text (accept, edit, reject, merge), then open them as a timeline.
 */
export default function ArticleDialog({ initialText, onOpen, onCancel }: Props) {
  const ref = useModalDialog();
  const [text, setText] = useState(initialText);
  const [published, setPublished] = useState(todayIso());
  const [publisher, setPublisher] = useState("");
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [extraction, setExtraction] = useState<ExtractionResult | undefined>();
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [focusId, setFocusId] = useState<string | undefined>();

  const find = () => {
    setError(undefined);
    if (text.trim() === "") return setError("Paste the article's text first.");
    try {
      const result = extractEvents(text, { published });
      setExtraction(result);
      setDrafts(
        result.candidates.map((c) => ({ candidate: c, accepted: c.confidence >= NEW_EVENT_CONFIDENCE, title: c.title, when: c.when, status: c.status })),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const update = (id: string, change: Partial<Draft>) => setDrafts((ds) => ds.map((d) => (d.candidate.id === id ? { ...d, ...change } : d)));
  const mergeWithPrevious = (index: number) => {
    const target = drafts.slice(0, index).reverse().find((d) => d.accepted && !d.mergedInto);
    if (target) update(drafts[index].candidate.id, { mergedInto: target.candidate.id, accepted: false });
  };

  const dateErrors = useMemo(() => {
    const errors = new Map<string, string>();
    for (const d of drafts) {
      const parsed = parseFuzzyDate(d.when);
      if (!parsed.ok) errors.set(d.candidate.id, parsed.error);
    }
    return errors;
  }, [drafts]);
  const accepted = drafts.filter((d) => d.accepted && !d.mergedInto);
  const canOpen = accepted.length > 0 && accepted.every((d) => !dateErrors.has(d.candidate.id) && d.title.trim() !== "");

  const open = () => {
    try {
      const sourceTitle = title.trim() || text.trim().split("\n")[0].slice(0, 120) || "Article";
      const { dataset } = toDraftDataset(
        accepted.map((d) => ({ ...d.candidate, title: d.title.trim(), when: d.when.trim(), status: d.status })),
        { id: "article", publisher: publisher.trim() || "Unknown publisher", title: sourceTitle, published, ...(url.trim() ? { url: url.trim() } : {}) },
      );
      // Merged candidates add their sentence as more evidence for the event they joined.
      for (const d of drafts.filter((x) => x.mergedInto)) {
        const event = dataset.events.find((e) => e.id === d.mergedInto);
        if (event) event.evidence.push({ source: "article", quote: d.candidate.sentence.text.slice(0, 2000) });
      }
      onOpen(dataset, sourceTitle);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <dialog ref={ref} className="article-dialog" aria-labelledby="article-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <h2 id="article-title">New timeline from an article</h2>
      {!extraction ? (
        <div className="article-input">
          <label className="field">
            Article text
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={12} />
          </label>
          <div className="field-row">
            <label className="field">
              Published on
              <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} required />
            </label>
            <label className="field">
              Publisher
              <input value={publisher} onChange={(e) => setPublisher(e.target.value)} placeholder="e.g. BBC News" />
            </label>
            <label className="field">
              Headline
              <input value={title} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <label className="field">
              Link (https://…)
              <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
            </label>
          </div>
          <p className="note">Relative dates (“last June”, “on Friday”) are worked out from the publication day, so give the right one.</p>
        </div>
      ) : (
        <div className="article-review">
          <div className="article-text" aria-label="The article, with its time phrases marked" role="region">
            <ArticleText text={text} extraction={extraction} focusId={focusId} />
          </div>
          <div className="candidates" role="region" aria-label="Candidate events">
            <p className="note">
              {drafts.length} dated phrase{drafts.length === 1 ? "" : "s"} found; {accepted.length} accepted. {extraction.unresolved.length > 0 && `${extraction.unresolved.length} more could not be dated (listed below).`}
            </p>
            <ol className="candidate-list">
              {drafts.map((d, i) => (
                <li key={d.candidate.id} className={d.accepted ? "candidate is-accepted" : d.mergedInto ? "candidate is-merged" : "candidate"} onFocus={() => setFocusId(d.candidate.id)}>
                  <div className="candidate-head">
                    <label className="check">
                      <input type="checkbox" checked={d.accepted} onChange={(e) => update(d.candidate.id, { accepted: e.target.checked, mergedInto: undefined })} /> Accept
                    </label>
                    <span className="confidence">“{d.candidate.phrase.text}” · {Math.round(d.candidate.confidence * 100)}% sure</span>
                  </div>
                  {d.mergedInto ? (
                    <p className="note">
                      Merged into the event above as more evidence.{" "}
                      <button type="button" className="link-button" onClick={() => update(d.candidate.id, { mergedInto: undefined })}>
                        Undo
                      </button>
                    </p>
                  ) : (
                    <>
                      <label className="field">
                        Title
                        <input value={d.title} onChange={(e) => update(d.candidate.id, { title: e.target.value })} />
                      </label>
                      <div className="field-row">
                        <label className="field">
                          Date (EDTF)
                          <input value={d.when} onChange={(e) => update(d.candidate.id, { when: e.target.value })} aria-invalid={dateErrors.has(d.candidate.id)} />
                        </label>
                        <label className="field">
                          Status
                          <select value={d.status} onChange={(e) => update(d.candidate.id, { status: e.target.value as EventStatus })}>
                            {EVENT_STATUSES.map((s) => (
                              <option key={s}>{s}</option>
                            ))}
                          </select>
                        </label>
                      </div>
                      {dateErrors.has(d.candidate.id) && <p className="field-error">{dateErrors.get(d.candidate.id)}</p>}
                      <p className="candidate-reason">{d.candidate.reason}</p>
                      <blockquote>{d.candidate.sentence.text}</blockquote>
                      {i > 0 && (
                        <button type="button" className="text-button" onClick={() => mergeWithPrevious(i)}>
                          Merge into the accepted event above
                        </button>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ol>
            {extraction.unresolved.length > 0 && (
              <>
                <h3 className="evidence-title">Not dated (for you to fix)</h3>
                <ul className="unresolved">
                  {extraction.unresolved.map((u) => (
                    <li key={u.phrase.start}>
                      “{u.phrase.text}”: {u.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {!extraction ? (
          <button type="button" className="primary-button" onClick={find}>
            Find events
          </button>
        ) : (
          <>
            <button type="button" className="primary-button" onClick={open} disabled={!canOpen}>
              Open as timeline ({accepted.length} event{accepted.length === 1 ? "" : "s"})
            </button>
            <button type="button" className="text-button" onClick={() => setExtraction(undefined)}>
              Back to the text
            </button>
          </>
        )}
        <button type="button" className="text-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

/** The article with each dated phrase marked, so the reviewer reads candidates in context. */
function ArticleText({ text, extraction, focusId }: { text: string; extraction: ExtractionResult; focusId?: string }) {
  const spans = [
    ...extraction.candidates.map((c) => ({ ...c.phrase, kind: "dated", id: c.id })),
    ...extraction.unresolved.map((u) => ({ ...u.phrase, kind: "unresolved", id: `u${u.phrase.start}` })),
  ].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark key={s.id} className={`phrase-${s.kind}${s.id === focusId ? " is-focused" : ""}`} title={s.kind === "dated" ? "dated" : "could not be dated"}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return <p className="article-body">{parts}</p>;
}
