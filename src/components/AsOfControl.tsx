import { useId, useState } from "react";
import type { Locale } from "date-fns";
import { isoOfDay } from "../domain/fuzzyDate";
import { dayText, readDayText } from "../domain/dayText";

interface Props {
  /** The day shown (whole UTC days). */
  day: number;
  /** The days there is something new to see: each source's publication, oldest first. */
  publicationDays: readonly number[];
  locale: Locale;
  onChange: (day: number) => void;
}

/**
 * "What was known when": the day the timeline is seen as of. Any day can be typed; Earlier and
 * Later step through the days a source was published, where what is known changes.
 *
 * A text field, not `<input type="date">`: that one shows the browser's own date format whatever
 * the page's date language, and building it cost Chromium 60–100 ms on the first view of every page.
 */
export function AsOfControl({ day, publicationDays, locale, onChange }: Props) {
  const earlier = [...publicationDays].reverse().find((d) => d < day);
  const later = publicationDays.find((d) => d > day);
  const shown = dayText(day, locale);
  // What is being typed; undefined shows the day. A day typed whole applies at once (the chart
  // follows as one types "1 Mar 2019"); anything else waits, and is marked on leaving the field.
  const [typed, setTyped] = useState<string | undefined>();
  const [wrong, setWrong] = useState(false);
  const hintId = useId();
  const finish = () => {
    const next = typed === undefined ? day : readDayText(typed, locale);
    setWrong(next === undefined);
    if (next !== undefined) setTyped(undefined);
  };
  return (
    <div className="as-of-control" role="group" aria-label="What was known when">
      <label>
        As of{" "}
        <input
          type="text"
          size={11}
          spellCheck={false}
          value={typed ?? shown}
          aria-invalid={wrong || undefined}
          aria-describedby={wrong ? hintId : undefined}
          onChange={(e) => {
            const text = e.target.value;
            setTyped(text);
            const next = readDayText(text, locale);
            if (next !== undefined) {
              setWrong(false);
              if (next !== day) onChange(next);
            }
          }}
          onBlur={finish}
          onKeyDown={(e) => {
            if (e.key === "Enter") finish();
            if (e.key === "Escape" && typed !== undefined) {
              e.stopPropagation();
              setTyped(undefined);
              setWrong(false);
            }
          }}
        />
      </label>
      {wrong && (
        <span id={hintId} className="as-of-hint" role="alert">
          Not a day: type one like {shown} or {isoOfDay(day)}
        </span>
      )}
      <button type="button" className="icon-button" aria-label="Earlier report" disabled={earlier === undefined} onClick={() => earlier !== undefined && onChange(earlier)} title={earlier === undefined ? "No earlier report" : `As of the report before: ${dayText(earlier, locale)}`}>
        ‹
      </button>
      <button type="button" className="icon-button" aria-label="Later report" disabled={later === undefined} onClick={() => later !== undefined && onChange(later)} title={later === undefined ? "No later report" : `As of the next report: ${dayText(later, locale)}`}>
        ›
      </button>
    </div>
  );
}
