import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { DataActionsContext, type DataActions, type IntakeRequest } from "./dataActions";
import type { DataControls, DataState } from "./useTimelineData";
import type { ShownTimeline } from "../library/useLibraryAutosave";
import type { Dataset } from "../domain/types";

// Reading and importing what the reader brings, and its dialogs: loaded on the first request.
const IntakeDialogs = lazy(() => import("./IntakeDialogs"));
// Loads with the first timeline of the reader's own (see below): the default view does not need it.
const LibraryAutosave = lazy(() => import("../library/LibraryAutosave"));

interface Props {
  data: DataState;
  controls: DataControls;
  /** Explore mode: show where the data came from, with the way back. Not in embeds or presentations. */
  showChrome: boolean;
  children: React.ReactNode;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");

/**
 * Every way a reader brings data in: the file picker (through the Data menu), dropping a file on
 * the page, and pasting. Each shows the import report first; the timeline on screen stays until
 * the reader opens the new one.
 */
export function DataIntake({ data, controls, showChrome, children }: Props) {
  const [request, setRequest] = useState<{ n: number; request: IntakeRequest } | undefined>();
  const ask = useCallback((next: IntakeRequest) => setRequest((r) => ({ n: (r?.n ?? 0) + 1, request: next })), []);
  const [dragging, setDragging] = useState(false);
  // The dataset each load put on screen: one that differs from it under the same load is an edit.
  const [loaded, setLoaded] = useState<{ loadId: number; dataset: Dataset } | undefined>();
  if (data.state === "ready" && loaded?.loadId !== data.loadId) setLoaded({ loadId: data.loadId, dataset: data.dataset });
  const loadedDataset = data.state === "ready" && loaded?.loadId === data.loadId ? loaded.dataset : undefined;
  const shown: ShownTimeline | undefined = data.state === "ready" ? { ...data, loadedDataset } : undefined;
  // Autosave loads with a timeline of the reader's own: one they opened, a share link's, an edit.
  const autosave = shown && ((shown.origin !== "bundled" && shown.origin !== "url") || (loadedDataset && loadedDataset !== shown.dataset));

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      setDragging(false);
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      ask({ kind: "file", file });
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || document.querySelector("dialog[open]")) return;
      const text = e.clipboardData?.getData("text/plain") ?? "";
      if (text.trim() === "") return;
      e.preventDefault();
      ask({ kind: "paste", text });
    };
    document.addEventListener("dragover", onDragOver);
    document.addEventListener("dragleave", onDragLeave);
    document.addEventListener("drop", onDrop);
    document.addEventListener("paste", onPaste);
    return () => {
      document.removeEventListener("dragover", onDragOver);
      document.removeEventListener("dragleave", onDragLeave);
      document.removeEventListener("drop", onDrop);
      document.removeEventListener("paste", onPaste);
    };
  }, [ask]);

  const actions: DataActions = useMemo(
    () => ({
      readFile: (file) => ask({ kind: "file", file }),
      startArticle: () => ask({ kind: "article" }),
      newTimeline: () => ask({ kind: "new" }),
      backToBundled: controls.backToBundled,
      current: data.state === "ready" ? { dataset: data.dataset, origin: data.origin, name: data.name } : undefined,
    }),
    [ask, controls.backToBundled, data],
  );

  return (
    <DataActionsContext.Provider value={actions}>
      {showChrome && data.state === "ready" && (data.origin === "opened" || data.notice) && (
        <div className="notice data-notice" role="status">
          <p>
            {data.notice ?? `Showing “${data.name}”, which you opened. It is kept in your library (Data → Library).`}
          </p>
          {data.origin !== "bundled" && (
            <button type="button" className="text-button" onClick={controls.backToBundled}>
              Back to the bundled timeline
            </button>
          )}
        </div>
      )}
      {autosave && (
        <Suspense fallback={null}>
          <LibraryAutosave shown={shown} open={controls.open} showNotice={showChrome} />
        </Suspense>
      )}
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a timeline file (JSON or CSV) to see what it holds
        </div>
      )}
      {request && (
        <Suspense fallback={null}>
          <IntakeDialogs request={request} controls={controls} />
        </Suspense>
      )}
    </DataActionsContext.Provider>
  );
}
