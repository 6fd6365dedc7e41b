import type { Dataset } from "../domain/types";
import type { LibraryStatus, LibraryStatusActions } from "./useLibraryAutosave";

async function download(dataset: Dataset) {
  const { toOurJson, exportFileName, downloadBlob } = await import("../export");
  downloadBlob(new Blob([toOurJson(dataset)], { type: "application/json" }), exportFileName(dataset.title, ".timeline.json"));
}

/**
 * What the reader must know about saving the timeline on screen: it could not be saved (storage
 * full, blocked, off), a save was refused because another tab saved first, or another tab changed
 * it. What is on screen always stays; each message offers the ways on.
 */
export function LibraryNotice({ status, actions, dataset }: { status: LibraryStatus; actions: LibraryStatusActions; dataset: Dataset }) {
  if (status.kind === "out-of-date") {
    return (
      <div className="notice library-notice" role="status">
        <p>
          This timeline was changed in another tab (or in the Library) since this tab showed it: what you see here is out of date.
          {status.unsaved ? " Your latest change here is not saved yet." : ""}
        </p>
        <button type="button" className="text-button" onClick={actions.loadLatest}>
          Show the latest version
        </button>
        <button type="button" className="text-button" onClick={actions.saveAsCopy}>
          Keep this one as a copy
        </button>
      </div>
    );
  }
  const stale = status.problem === "conflict" || status.problem === "missing";
  return (
    <div className="notice library-notice" role="alert">
      <p>
        {stale ? `Your change here is not saved: ${status.message}.` : `This timeline is not saved in your library: ${status.message}.`} What is on screen stays
        {stale ? "; nothing was overwritten." : ". Download it to keep a copy."}
      </p>
      {status.problem === "conflict" && (
        <button type="button" className="text-button" onClick={actions.loadLatest}>
          Show the latest version
        </button>
      )}
      {stale && (
        <button type="button" className="text-button" onClick={actions.saveAsCopy}>
          Keep this one as a copy
        </button>
      )}
      <button type="button" className="text-button" onClick={() => void download(dataset)}>
        Download it
      </button>
    </div>
  );
}
