import type { ReactNode } from "react";
import { useModalDialog } from "../hooks/useModalDialog";
import "./dialogs.css";

interface Props {
  /** The heading, which names the dialog. */
  title: ReactNode;
  titleId: string;
  submitLabel: string;
  /** Enter or the submit button. False when the form has problems: the first field with one then takes focus, so its message is read out. */
  onSubmit: () => boolean;
  onCancel: () => void;
  /** Buttons after Cancel (Delete). */
  moreActions?: ReactNode;
  children: ReactNode;
}

/**
 * A modal form of the editing dialogs: a heading, fields, then submit and Cancel. The form checks
 * itself (noValidate): its own messages say what is wrong, in the words files are checked with.
 */
export function FormDialog({ title, titleId, submitLabel, onSubmit, onCancel, moreActions, children }: Props) {
  const ref = useModalDialog();
  return (
    <dialog ref={ref} className="import-dialog editor-dialog" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          if (!onSubmit()) window.setTimeout(() => form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(), 0);
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="dialog-actions">
          <button type="submit" className="primary-button">
            {submitLabel}
          </button>
          <button type="button" className="text-button" onClick={onCancel}>
            Cancel
          </button>
          {moreActions}
        </div>
      </form>
    </dialog>
  );
}

