import { memo } from "react";
import type { EventFilter } from "../domain/filterEvents";
import { EVENT_STATUSES } from "../domain/vocabulary";
import type { EventStatus, Labelled } from "../domain/types";
import { formatCount, plural } from "../domain/formatCount";

interface Props {
  filter: EventFilter;
  actors: Labelled[];
  categories: Labelled[];
  shown: number;
  total: number;
  onChange: (filter: Partial<EventFilter>) => void;
}

const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

function CheckGroup<T extends string>({ legend, options, chosen, onToggle }: { legend: string; options: { id: T; label: string }[]; chosen: T[]; onToggle: (id: T) => void }) {
  return (
    <details className="filter-group">
      <summary>
        {legend}
        {chosen.length > 0 && <span className="badge"> ({chosen.length})</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {options.map((o) => (
          <label key={o.id} className="check">
            <input type="checkbox" checked={chosen.includes(o.id)} onChange={() => onToggle(o.id)} /> {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** Filters by actor, category and status, and free-text search, with a live count. */
/** Memoised: the explore view renders on every zoom step, and the bar's inputs need not. */
export const FilterBar = memo(function FilterBar({ filter, actors, categories, shown, total, onChange }: Props) {
  const active = filter.actors.length + filter.categories.length + filter.statuses.length > 0 || filter.query !== "";
  return (
    <div className="filter-bar" role="search" aria-label="Filter events">
      <label className="search">
        <span className="visually-hidden">Search events</span>
        <input
          type="search"
          placeholder="Search titles, summaries, quotes"
          value={filter.query}
          onChange={(e) => onChange({ query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "Escape" && filter.query) {
              e.stopPropagation();
              onChange({ query: "" });
            }
          }}
        />
      </label>
      <CheckGroup legend="Actors" options={actors} chosen={filter.actors} onToggle={(id) => onChange({ actors: toggle(filter.actors, id) })} />
      <CheckGroup legend="Categories" options={categories} chosen={filter.categories} onToggle={(id) => onChange({ categories: toggle(filter.categories, id) })} />
      <CheckGroup<EventStatus>
        legend="Status"
        options={EVENT_STATUSES.map((s) => ({ id: s, label: s[0].toUpperCase() + s.slice(1) }))}
        chosen={filter.statuses}
        onToggle={(id) => onChange({ statuses: toggle(filter.statuses, id) })}
      />
      {active && (
        <button type="button" className="text-button" onClick={() => onChange({ actors: [], categories: [], statuses: [], query: "" })}>
          Clear filters
        </button>
      )}
      <output className="count" aria-live="polite">
        {shown === total ? plural(total, "event") : `${formatCount(shown)} of ${plural(total, "event")}`}
      </output>
    </div>
  );
});
