import { useMemo, useState } from "react";
import { validateDataset } from "../domain/validateDataset";
import { DATASET_VERSION } from "../domain/schema";
import type { Dataset, Issue } from "../domain/types";
import { FormDialog } from "../components/FormDialog";
import { TextField } from "../components/TextField";
import { todayIso } from "../domain/fuzzyDate";
import "../components/dialogs.css";

interface Props {
  onCreate: (dataset: Dataset, name: string) => void;
  onCancel: () => void;
}

/**
 * "New timeline": a title, and the first source its events will cite (every event needs one, so
 * the timeline starts with one). Checked by the validator that checks files.
 */
export default function NewTimelineDialog({ onCreate, onCancel }: Props) {
  const [title, setTitle] = useState("");
  const [publisher, setPublisher] = useState("");
  const [headline, setHeadline] = useState("");
  const [published, setPublished] = useState(todayIso());
  const [url, setUrl] = useState("");
  const [tried, setTried] = useState(false);
  const draft = useMemo(
    () => ({
      version: DATASET_VERSION,
      title,
      asOf: published,
      sources: [{ id: "source-1", publisher, title: headline, published, ...(url.trim() ? { url: url.trim() } : {}) }],
      actors: [],
      categories: [],
      events: [],
    }),
    [title, publisher, headline, published, url],
  );
  const { dataset, issues } = useMemo(() => validateDataset(draft), [draft]);
  // Problems show once the reader tries to create, not while the form is still empty.
  const at = (path: string): Issue[] => (tried ? issues.filter((i) => i.path === path) : []);
  const create = () => {
    setTried(true);
    if (!dataset || issues.some((i) => i.severity === "error")) return false;
    onCreate(dataset, title.trim());
    return true;
  };
  return (
    <FormDialog title="New timeline" titleId="new-timeline-title" submitLabel="Create timeline" onSubmit={create} onCancel={onCancel}>
      <TextField label="Title" value={title} onChange={setTitle} problems={at("title")} required autoFocus />
      <fieldset className="editor-group">
        <legend>First source</legend>
        <p className="field-hint">Every event cites a source. Add more later in the timeline’s settings.</p>
        <div className="field-row">
          <TextField label="Publisher" value={publisher} onChange={setPublisher} problems={at("sources[0].publisher")} required />
          <TextField label="Headline" value={headline} onChange={setHeadline} problems={at("sources[0].title")} required />
        </div>
        <div className="field-row">
          <TextField label="Published (YYYY-MM-DD)" value={published} onChange={setPublished} problems={[...at("sources[0].published"), ...at("asOf")].slice(0, 1)} required />
          <TextField label="Link (optional)" type="url" value={url} onChange={setUrl} problems={at("sources[0].url")} />
        </div>
      </fieldset>
    </FormDialog>
  );
}
