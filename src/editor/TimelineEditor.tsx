import { useMemo, useState } from "react";
import type { Dataset, Issue, Labelled, Source, Story } from "../domain/types";
import { FormDialog } from "../components/FormDialog";
import { TextField } from "../components/TextField";
import { timelineProblems, hasErrors } from "./eventProblems";
import { idFor } from "./eventDraft";
import { todayIso } from "../domain/fuzzyDate";
import "../components/dialogs.css";

interface Props {
  dataset: Dataset;
  onSave: (dataset: Dataset) => void;
  onCancel: () => void;
}

type Step = Story["steps"][number];

/** Swap entry `i` with its neighbour `i + by`. */
function moved<T>(list: T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

const optional = (text: string | undefined) => (text === undefined || text.trim() === "" ? undefined : text.trim());

/** The timeline's own fields: title, description, as-of date, sources, actors, categories and story steps. */
export function TimelineEditor({ dataset, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(dataset.title);
  const [description, setDescription] = useState(dataset.description ?? "");
  const [asOf, setAsOf] = useState(dataset.asOf ?? "");
  const [sources, setSources] = useState<Source[]>(dataset.sources);
  const [actors, setActors] = useState<Labelled[]>(dataset.actors);
  const [categories, setCategories] = useState<Labelled[]>(dataset.categories);
  const [steps, setSteps] = useState<Step[]>(dataset.story?.steps ?? []);
  const [tried, setTried] = useState(false);

  const next = useMemo(() => {
    const d: Dataset = {
      ...dataset,
      title: title.trim(),
      description: optional(description),
      asOf: optional(asOf),
      sources: sources.map((s) => ({ ...s, url: optional(s.url) })),
      actors,
      categories,
      story: steps.length > 0 ? { ...dataset.story, steps: steps.map((s) => ({ ...s, note: optional(s.note) })) } : undefined,
    };
    for (const key of ["description", "asOf", "story"] as const) if (d[key] === undefined) delete d[key];
    d.sources = d.sources.map((s) => {
      const copy = { ...s };
      if (copy.url === undefined) delete copy.url;
      return copy;
    });
    d.story?.steps.forEach((s) => s.note === undefined && delete s.note);
    return d;
  }, [dataset, title, description, asOf, sources, actors, categories, steps]);
  const problems = useMemo(() => timelineProblems(next), [next]);
  const at = (path: string): Issue[] => (tried || path === "" ? (problems.get(path) ?? []) : (problems.get(path) ?? []).filter((i) => i.severity === "error"));
  const broken = [...problems.entries()].filter(([path, list]) => path.startsWith("events") && list.some((i) => i.severity === "error"));
  const blocked = hasErrors(problems);

  const save = () => {
    setTried(true);
    if (blocked) return false;
    onSave(next);
    return true;
  };
  const cited = new Set(dataset.events.flatMap((e) => e.evidence.map((ev) => ev.source)));
  const eventTitle = new Map(dataset.events.map((e) => [e.id, e.title]));

  const labelledList = (what: "actors" | "categories", list: Labelled[], set: (l: Labelled[]) => void, singular: string) => (
    <fieldset className="editor-group">
      <legend>{what === "actors" ? "Actors" : "Categories"}</legend>
      {list.map((item, i) => (
        <div key={i} className="field-row">
          <TextField label={`${singular} ${i + 1}`} value={item.label} onChange={(label) => set(list.map((x, j) => (j === i ? { ...x, label } : x)))} problems={at(`${what}[${i}].label`)} />
          <button type="button" className="text-button" onClick={() => set(list.filter((_, j) => j !== i))} aria-label={`Remove ${singular.toLowerCase()} ${item.label || i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="text-button" onClick={() => set([...list, { id: idFor(`${singular} ${list.length + 1}`, list.map((x) => x.id)), label: "" }])}>
        Add {singular.toLowerCase()}
      </button>
    </fieldset>
  );

  return (
    <FormDialog title="Timeline settings" titleId="timeline-editor-title" submitLabel="Save settings" onSubmit={save} onCancel={onCancel}>
      <TextField label="Title" value={title} onChange={setTitle} problems={at("title")} required autoFocus />
      <TextField label="Description" multiline value={description} onChange={setDescription} problems={at("description")} />
      <TextField label="As of (YYYY-MM-DD, the day the timeline speaks from)" value={asOf} onChange={setAsOf} problems={at("asOf")} />
      <fieldset className="editor-group">
        <legend>Sources</legend>
        {sources.map((s, i) => (
          <div key={s.id} className="source-editor" role="group" aria-label={`Source ${i + 1}`}>
            <div className="field-row">
              <TextField label="Publisher" value={s.publisher} onChange={(publisher) => setSources(sources.map((x, j) => (j === i ? { ...x, publisher } : x)))} problems={at(`sources[${i}].publisher`)} />
              <TextField label="Headline" value={s.title} onChange={(t) => setSources(sources.map((x, j) => (j === i ? { ...x, title: t } : x)))} problems={at(`sources[${i}].title`)} />
            </div>
            <div className="field-row">
              <TextField label="Published (YYYY-MM-DD)" value={s.published ?? ""} onChange={(published) => setSources(sources.map((x, j) => (j === i ? { ...x, published: published || undefined } : x)))} problems={at(`sources[${i}].published`)} />
              <TextField label="Link" type="url" value={s.url ?? ""} onChange={(url) => setSources(sources.map((x, j) => (j === i ? { ...x, url } : x)))} problems={at(`sources[${i}].url`)} />
              <button type="button" className="text-button" disabled={cited.has(s.id) || sources.length === 1} title={cited.has(s.id) ? "Events cite this source" : undefined} onClick={() => setSources(sources.filter((_, j) => j !== i))} aria-label={`Remove source ${i + 1}`}>
                Remove
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="text-button" onClick={() => setSources([...sources, { id: idFor(`source ${sources.length + 1}`, sources.map((x) => x.id)), publisher: "", title: "", published: asOf || todayIso() }])}>
          Add source
        </button>
      </fieldset>
      {labelledList("actors", actors, setActors, "Actor")}
      {labelledList("categories", categories, setCategories, "Category")}
      <fieldset className="editor-group">
        <legend>Story steps</legend>
        {steps.length === 0 && <p className="field-hint">No story yet: add steps to present the timeline one event at a time.</p>}
        <ol className="story-steps">
          {steps.map((step, i) => (
            <li key={i}>
              <div className="field-row">
                <label className="field">
                  Step {i + 1}: event
                  <select value={step.event} onChange={(e) => setSteps(steps.map((s, j) => (j === i ? { ...s, event: e.target.value } : s)))}>
                    {dataset.events.map((e) => (
                      <option key={e.id} value={e.id}>
                        {e.title}
                      </option>
                    ))}
                  </select>
                </label>
                <TextField multiline label={`Step ${i + 1}: presenter’s note`} value={step.note ?? ""} onChange={(note) => setSteps(steps.map((s, j) => (j === i ? { ...s, note } : s)))} problems={at(`story.steps[${i}].note`)} />
              </div>
              <div className="step-actions">
                <button type="button" className="text-button" disabled={i === 0} onClick={() => setSteps(moved(steps, i, -1))} aria-label={`Move step ${i + 1} (${eventTitle.get(step.event) ?? step.event}) up`}>
                  Up
                </button>
                <button type="button" className="text-button" disabled={i === steps.length - 1} onClick={() => setSteps(moved(steps, i, 1))} aria-label={`Move step ${i + 1} (${eventTitle.get(step.event) ?? step.event}) down`}>
                  Down
                </button>
                <button type="button" className="text-button" onClick={() => setSteps(steps.filter((_, j) => j !== i))} aria-label={`Remove step ${i + 1}`}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" className="text-button" disabled={dataset.events.length === 0} onClick={() => setSteps([...steps, { event: dataset.events[0].id }])}>
          Add step
        </button>
      </fieldset>
      {broken.length > 0 && (
        <div className="field-error" role="alert">
          This change would break events:
          <ul>
            {broken.map(([path, list]) => (
              <li key={path}>
                {path}: {list[0].message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {tried && blocked && broken.length === 0 && (
        <p className="field-error" role="alert">
          Fix the problems above before saving.
        </p>
      )}
    </FormDialog>
  );
}
