import type { EventFilter } from "../domain/filterEvents";
import type { PartDisplay } from "./pageOptions";
import { fullViewSearch } from "./pageOptions";
import "./embed.css";

/**
 * An optional part of the page: shown, behind a disclosure (an embed's default for filters and
 * the event table, so they cost one line), or left out. Undefined means shown (the explore view).
 */
export function PartSlot({ display, summary, children }: { display?: PartDisplay; summary: React.ReactNode; children: React.ReactNode }) {
  if (display === "hide") return null;
  if (display !== "collapse") return <>{children}</>;
  return (
    <details className="embed-part">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/** The collapsed filters' one line: says when a link opened the embed filtered. */
export function FiltersSummary({ filter, shown, total }: { filter: EventFilter; shown: number; total: number }) {
  const active = filter.actors.length + filter.categories.length + filter.statuses.length + (filter.query.trim() ? 1 : 0);
  return (
    <>
      Filter and search
      {active > 0 && (
        <span className="badge">
          {" "}
          ({active} active: {shown} of {total} events)
        </span>
      )}
    </>
  );
}

/** In an embed: a link to the same view in a new tab, with room to explore. */
export function OpenFullLink({ search }: { search: string }) {
  return (
    <p className="open-full">
      <a href={`${window.location.pathname}${fullViewSearch(search)}`} target="_blank" rel="noopener">
        Open the full timeline<span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </p>
  );
}
