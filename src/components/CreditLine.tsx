import { memo } from "react";
import { format } from "date-fns";
import type { Timeline } from "../domain/types";
import { dayOfIso, utcDateOfDay } from "../domain/fuzzyDate";
import { SafeLink } from "./SafeLink";

/** The source credit under the chart, as news graphics carry: the main source first. */
export const CreditLine = memo(function CreditLine({ timeline }: { timeline: Timeline }) {
  const [main] = timeline.sources.values();
  if (!main) return null;
  const day = dayOfIso(main.published);
  const extra = timeline.sources.size - 1;
  return (
    <p className="credit">
      Source: <SafeLink href={main.url}>{main.publisher}, “{main.title}”</SafeLink>
      {day !== undefined && `, ${format(utcDateOfDay(day), "d MMMM yyyy")}`}
      {extra > 0 && `; exact days from ${extra} further source${extra === 1 ? "" : "s"}, cited with each event`}.
    </p>
  );
});
