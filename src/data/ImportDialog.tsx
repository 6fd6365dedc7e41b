import type { ImportResult } from "../import";
import { countIssues, formatLabel, summariseImport } from "../import";
import { IssueReport } from "../components/IssueReport";
import { useModalDialog } from "../hooks/useModalDialog";

interface Props {
  result: ImportResult;
  name: string;
  onOpen: () => void;
  onCancel: () => void;
}

/**
 * The report for a file the reader brought: what was recognised, how many events can be used,
 * every problem with its place. Nothing changes on screen until they choose to open it.
 */
export function ImportDialog({ result, name, onOpen, onCancel }: Props) {
  const ref = useModalDialog();
  const usable = result.dataset !== undefined;
  const { total, errors } = countIssues(result.issues);
  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="import-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <h2 id="import-title">{usable ? `Open “${result.dataset!.title}”?` : `“${name}” cannot be opened`}</h2>
      <p className="import-format">
        {result.format === "unknown" ? "Format not recognised." : `Read as ${formatLabel(result.format)}.`} From {name}.
      </p>
      <p className={usable ? "import-summary" : "import-summary is-error"} role={usable ? "status" : "alert"}>
        {summariseImport(result)}
      </p>
      {result.issues.length > 0 && (
        <IssueReport issues={result.issues} summary={`${total.toLocaleString("en")} problem${total === 1 ? "" : "s"} (${errors.toLocaleString("en")} error${errors === 1 ? "" : "s"}): show where`} />
      )}
      <p className="import-note">{usable ? "The timeline you have now stays until you open this one." : "The timeline you have now is unchanged."}</p>
      <div className="dialog-actions">
        {usable && (
          <button type="button" className="primary-button" onClick={onOpen}>
            Open this timeline
          </button>
        )}
        <button type="button" className="text-button" onClick={onCancel} autoFocus={!usable}>
          {usable ? "Cancel" : "Close"}
        </button>
      </div>
    </dialog>
  );
}
