import { LibraryNotice } from "./LibraryNotice";
import { useLibraryAutosave, type OpenEntry, type ShownTimeline } from "./useLibraryAutosave";

interface Props {
  shown: ShownTimeline | undefined;
  open: OpenEntry;
  /** Explore mode: say what there is to say (never in embeds or presentations). */
  showNotice: boolean;
}

/**
 * Autosave, and what the reader must know about it, as a component of its own: DataIntake loads it
 * only once there is something of the reader's on screen (an opened timeline, a share link's, an
 * edit), so the default view does not carry it.
 */
export default function LibraryAutosave({ shown, open, showNotice }: Props) {
  const [status, actions] = useLibraryAutosave(shown, open);
  if (!showNotice || !shown) return null;
  if (status) return <LibraryNotice status={status} actions={actions} dataset={shown.dataset} />;
  if (shown.origin !== "shared") return null;
  return (
    <div className="notice data-notice" role="status">
      <p>Showing “{shown.dataset.title}”, carried in the link you opened. It is not in your library.</p>
      <button
        type="button"
        className="text-button"
        onClick={() => {
          // Opened as a file is: added to the library (the link's import report had nothing to say:
          // a link's timeline was made by this app).
          open(shown.dataset, [], shown.dataset.events.length, shown.dataset.title);
          // Kept in the library now: a reload shows the library's copy, not the link's.
          window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}`);
        }}
      >
        Add to my library
      </button>
    </div>
  );
}
