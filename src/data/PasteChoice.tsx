import { useModalDialog } from "../hooks/useModalDialog";
import "../components/dialogs.css";

/** Asked when pasted text could be a table of events or an article. */
export function PasteChoice({ onTable, onArticle, onCancel }: { onTable: () => void; onArticle: () => void; onCancel: () => void }) {
  const ref = useModalDialog();
  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="paste-choice-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <h2 id="paste-choice-title">What did you paste?</h2>
      <p>It looks like a table, but not one with the columns this app reads (title, when, …). It could also be the text of an article.</p>
      <div className="dialog-actions">
        <button type="button" className="primary-button" onClick={onTable}>
          A table of events
        </button>
        <button type="button" className="primary-button" onClick={onArticle}>
          An article: find events in it
        </button>
        <button type="button" className="text-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
