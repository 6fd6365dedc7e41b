import { format } from "date-fns";
import type { Locale } from "date-fns";
import { dayOfIso, isoOfDay, utcDateOfDay } from "../domain/fuzzyDate";

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
 */
export function AsOfControl({ day, publicationDays, locale, onChange }: Props) {
  const earlier = [...publicationDays].reverse().find((d) => d < day);
  const later = publicationDays.find((d) => d > day);
  const words = (d: number) => format(utcDateOfDay(d), "d MMM yyyy", { locale });
  return (
    <div className="as-of-control" role="group" aria-label="What was known when">
      <label>
        As of{" "}
        <input
          type="date"
          value={isoOfDay(day)}
          onChange={(e) => {
            const next = dayOfIso(e.target.value);
            // A year typed digit by digit passes through years like 0002: wait for a real one.
            if (next !== undefined && Number(e.target.value.slice(0, 4)) >= 1000) onChange(next);
          }}
        />
      </label>
      <button type="button" className="icon-button" aria-label="Earlier report" disabled={earlier === undefined} onClick={() => earlier !== undefined && onChange(earlier)} title={earlier === undefined ? "No earlier report" : `As of the report before: ${words(earlier)}`}>
        ‹
      </button>
      <button type="button" className="icon-button" aria-label="Later report" disabled={later === undefined} onClick={() => later !== undefined && onChange(later)} title={later === undefined ? "No later report" : `As of the next report: ${words(later)}`}>
        ›
      </button>
    </div>
  );
}
