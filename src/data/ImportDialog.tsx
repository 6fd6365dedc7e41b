import type { ImportResult } from "../import";
import { countIssues, formatLabel, summariseImport } from "../import";
import { IssueReport } from "../components/IssueReport";
import { useModalDialog } from "../hooks/useModalDialog";
import type { FieldChoice, FieldOptions } from "../import/fieldChoice";
import { plural } from "../domain/formatCount";
import "../components/dialogs.css";

interface Props {
  result: ImportResult;
  name: string;
  onOpen: () => void;
  onCancel: () => void;
  /** The reader chose other fields as title, date or group: read the file again with them. */
  onChooseFields?: (choice: FieldChoice) => void;
}

const ROLES = [
  { role: "title", label: "Title" },
  { role: "date", label: "Date" },
  { role: "group", label: "Group" },
] as const;

/** Which of the file's own fields is the title, the date and the group: offered for files that do not use the names their format expects. */
function FieldChooser({ options, onChoose }: { options: FieldOptions; onChoose: (choice: FieldChoice) => void }) {
  const { names, chosen } = options;
  return (
    <fieldset className="field-choice">
      <legend>This file names its fields its own way. Which is which?</legend>
      {ROLES.map(({ role, label }) => (
        <label key={role}>
          {label}{" "}
          <select value={chosen[role] ?? ""} onChange={(e) => onChoose({ ...chosen, [role]: e.target.value === "" ? undefined : e.target.value })}>
            {(role === "group" || chosen[role] === undefined) && <option value="">{role === "group" ? "(none)" : "(choose)"}</option>}
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <p className="field-choice-note">Fields not chosen are kept with each event, under “Other fields”. Your choice is remembered for files with the same fields.</p>
    </fieldset>
  );
}

/**
 * The report for a file the reader brought: what was recognised, how many events can be used,
 * every problem with its place. Nothing changes on screen until they choose to open it.
 */
export function ImportDialog({ result, name, onOpen, onCancel, onChooseFields }: Props) {
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
      {result.fieldOptions && onChooseFields && <FieldChooser options={result.fieldOptions} onChoose={onChooseFields} />}
      {result.issues.length > 0 && (
        <IssueReport issues={result.issues} summary={`${plural(total, "problem")} (${plural(errors, "error")}): show where`} />
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
