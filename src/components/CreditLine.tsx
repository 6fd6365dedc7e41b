import { memo } from "react";
import type { Timeline } from "../domain/types";
import { formatIsoDay } from "../domain/fuzzyDate";
import { SafeLink } from "./SafeLink";

/** The source credit under the chart, as news graphics carry: the main source first. */
export const CreditLine = memo(function CreditLine({ timeline }: { timeline: Timeline }) {
  const [main] = timeline.sources.values();
  if (!main) return null;
  const published = formatIsoDay(main.published);
  const extra = timeline.sources.size - 1;
  return (
    <p className="credit">
      Source: <SafeLink href={main.url}>{main.publisher}, “{main.title}”</SafeLink>
      {published !== undefined && `, ${published}`}
      {extra > 0 && `; exact days from ${extra} further source${extra === 1 ? "" : "s"}, cited with each event`}.
    </p>
  );
});
