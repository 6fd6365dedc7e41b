import { useId, useState } from "react";
import type { Locale } from "date-fns";
import type { DateReading } from "../extract/readDatePhrase";
import { formatFuzzyDate } from "../domain/fuzzyDate";
import { parseFuzzyDate } from "../domain/parseFuzzyDate";
import type { Issue } from "../domain/types";
import { pickedEdtf, type Kind, type PickPrecision as Precision } from "./pickedEdtf";
import "../components/dialogs.css";

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** What readDatePhrase made of `value`. */
  reading: DateReading;
  /** The validator's problems with the date read (beyond not reading at all). */
  problems: readonly Issue[];
  showProblems: boolean;
  locale: Locale;
}

/**
 * The date of an event: typed as people say it ("c. July 2018", "by the end of February 2019"),
 * or picked (precision, approximate, uncertain, a span's end, a deadline). Shows the EDTF it
 * will store and the date in words, in the timeline's date language.
 */
export function DateField({ value, onChange, reading, problems, showProblems, locale }: Props) {
  const id = useId();
  const [picking, setPicking] = useState(false);
  const [kind, setKind] = useState<Kind>("on");
  const [precision, setPrecision] = useState<Precision>("day");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [approximate, setApproximate] = useState(false);
  const [uncertain, setUncertain] = useState(false);
  const parsed = reading.ok ? parseFuzzyDate(reading.edtf) : undefined;
  const errors: string[] = !reading.ok ? [reading.error] : problems.filter((p) => p.severity === "error").map((p) => p.message);
  const invalid = errors.length > 0;
  const pick = (change: Partial<{ kind: Kind; precision: Precision; start: string; end: string; approximate: boolean; uncertain: boolean }>) => {
    const next = { kind, precision, start, end, approximate, uncertain, ...change };
    setKind(next.kind);
    setPrecision(next.precision);
    setStart(next.start);
    setEnd(next.end);
    setApproximate(next.approximate);
    setUncertain(next.uncertain);
    const edtf = pickedEdtf(next.kind, next.precision, next.start, next.end, next.approximate, next.uncertain);
    if (edtf) onChange(edtf);
  };
  const inputType = precision === "day" ? "date" : precision === "month" ? "month" : "number";
  return (
    <div className="field date-field">
      <label htmlFor={id}>Date</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={(showProblems && invalid) || undefined}
        aria-describedby={`${id}-reading${showProblems && invalid ? ` ${id}-problems` : ""}`}
        placeholder="12 June 2018, c. July 2018, by the end of February 2019"
        autoComplete="off"
      />
      <output id={`${id}-reading`} className="date-reading" htmlFor={id} aria-live="polite">
        {reading.ok && parsed?.ok ? (
          <>
            <span className="date-words">{formatFuzzyDate(parsed.date, locale)}</span> · stored as <code>{reading.edtf}</code>
          </>
        ) : value.trim() === "" ? (
          "Type a date, or pick one"
        ) : (
          "Not read yet"
        )}
      </output>
      {showProblems && invalid && (
        <span id={`${id}-problems`} className="field-problems">
          {errors.map((message, i) => (
            <span key={i} className="field-error">
              {message}
            </span>
          ))}
        </span>
      )}
      <button type="button" className="link-button date-pick-toggle" aria-expanded={picking} onClick={() => setPicking(!picking)}>
        {picking ? "Hide the picker" : "Pick the date instead"}
      </button>
      {picking && (
        <fieldset className="date-picker">
          <legend className="visually-hidden">Pick the date</legend>
          <div className="field-row">
            <label className="field">
              Kind
              <select value={kind} onChange={(e) => pick({ kind: e.target.value as Kind })}>
                <option value="on">On a date</option>
                <option value="span">From a date to another</option>
                <option value="deadline">By a date (deadline)</option>
              </select>
            </label>
            <label className="field">
              Precision
              <select value={precision} onChange={(e) => pick({ precision: e.target.value as Precision, start: "", end: "" })}>
                <option value="day">Day</option>
                <option value="month">Month</option>
                <option value="year">Year</option>
              </select>
            </label>
            <label className="field">
              {kind === "deadline" ? "By" : kind === "span" ? "From" : "On"}
              <input type={inputType} value={start} onChange={(e) => pick({ start: e.target.value })} min={inputType === "number" ? 1 : undefined} max={inputType === "number" ? 9999 : undefined} />
            </label>
            {kind === "span" && (
              <label className="field">
                To (the span’s end)
                <input type={inputType} value={end} onChange={(e) => pick({ end: e.target.value })} min={inputType === "number" ? 1 : undefined} max={inputType === "number" ? 9999 : undefined} />
              </label>
            )}
          </div>
          {kind !== "deadline" && (
            <div className="field-row">
              <label className="check">
                <input type="checkbox" checked={approximate} onChange={(e) => pick({ approximate: e.target.checked })} /> Approximate (c.)
              </label>
              <label className="check">
                <input type="checkbox" checked={uncertain} onChange={(e) => pick({ uncertain: e.target.checked })} /> Uncertain (?)
              </label>
            </div>
          )}
        </fieldset>
      )}
    </div>
  );
}
