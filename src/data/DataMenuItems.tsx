/**
 * The Data menu's items, loaded as the menu first opens (DataMenu.tsx): every page shows the menu,
 * few open it.
 */
import { useRef } from "react";
import type { DataActions } from "./dataActions";
import { navigate, searchWith } from "../state/url";
import "./DataMenuItems.css";

/** The items; `closeMenu` closes the menu, as every item does; `onAddArticle` adds an article to the open timeline. */
export default function DataMenuItems({ actions, closeMenu, onAddArticle }: { actions: DataActions; closeMenu: () => void; onAddArticle?: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const current = actions.current;
  const exportAs = async (kind: "dataset" | "timelinejs") => {
    if (!current) return;
    const { toOurJson, toTimelineJs, exportFileName, downloadBlob } = await import("../export");
    const text = kind === "dataset" ? toOurJson(current.dataset) : toTimelineJs(current.dataset);
    downloadBlob(new Blob([text], { type: "application/json" }), exportFileName(current.dataset.title, kind === "dataset" ? ".timeline.json" : ".timelinejs.json"));
  };
  return (
    <div className="data-menu-items" role="group" aria-label="Data">
      <button type="button" className="text-button" onClick={() => {
          closeMenu();
          input.current?.click();
        }}>
        Open a file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) actions.readFile(file);
          e.target.value = "";
        }}
      />
      <button type="button" className="text-button" onClick={() => {
          closeMenu();
          actions.newTimeline();
        }}>
        New timeline…
      </button>
      <button type="button" className="text-button" onClick={() => {
          closeMenu();
          actions.startArticle();
        }}>
        New timeline from an article…
      </button>
      {onAddArticle && (
        <button type="button" className="text-button" onClick={() => {
            closeMenu();
            onAddArticle();
          }}>
          Add an article to this timeline…
        </button>
      )}
      <button type="button" className="text-button" onClick={() => {
          closeMenu();
          navigate(searchWith(window.location.search, { view: "library" }));
        }}>
        Library: your timelines…
      </button>
      <button type="button" className="text-button" onClick={() => {
          closeMenu();
          void exportAs("dataset");
        }} disabled={!current}>
        Download as JSON (this app)
      </button>
      <button type="button" className="text-button" onClick={() => {
          closeMenu();
          void exportAs("timelinejs");
        }} disabled={!current}>
        Download as TimelineJS JSON
      </button>
      {current && current.origin !== "bundled" && (
        <button type="button" className="text-button" onClick={() => {
          closeMenu();
          // A share link's timeline leaves the address too, or a reload would bring it back.
          if (window.location.hash) window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
          actions.backToBundled();
        }}>
          Back to the bundled timeline
        </button>
      )}
      <p className="data-menu-hint">You can also drop a file on the page, or paste its text.</p>
    </div>
  );
}
