import { presentSearch } from "../state/appMode";
import { navigate } from "../state/url";

/** Starts the presentation, with the same data and filters, at the selected event if there is one. */
export function PresentButton({ selectedId }: { selectedId?: string }) {
  return (
    <button
      type="button"
      className="text-button start-present"
      onClick={() => navigate(presentSearch(window.location.search, selectedId))}
      title="Step through the events full screen, for a class or a meeting"
    >
      Present
    </button>
  );
}
