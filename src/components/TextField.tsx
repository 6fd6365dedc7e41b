import { useId } from "react";
import type { Issue } from "../domain/types";
import "./TextField.css";
import "./dialogs.css";

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What the validator says about this field: shown under it, and tied to it for screen readers. */
  problems?: readonly Issue[];
  /** A line under the field that says what to write. */
  hint?: React.ReactNode;
  multiline?: boolean;
  required?: boolean;
  type?: "text" | "url" | "date";
  inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>;
  autoFocus?: boolean;
  onKeyDown?: (event: React.KeyboardEvent) => void;
  className?: string;
}

/** A labelled text field with its problems beside it, in the validator's words. */
export function TextField({ label, value, onChange, problems = [], hint, multiline, required, type = "text", inputRef, autoFocus, onKeyDown, className = "field" }: Props) {
  const id = useId();
  const errorId = `${id}-problems`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : "", problems.length > 0 ? errorId : ""].filter(Boolean).join(" ") || undefined;
  const invalid = problems.some((p) => p.severity === "error");
  const common = { id, value, required, "aria-invalid": invalid || undefined, "aria-describedby": describedBy, onKeyDown, autoFocus, ref: inputRef };
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} /> : <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {problems.length > 0 && (
        <span id={errorId} className="field-problems">
          {problems.map((p, i) => (
            <span key={i} className={p.severity === "error" ? "field-error" : "field-warning"}>
              {p.severity === "error" ? "" : "Note: "}
              {p.message}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}
