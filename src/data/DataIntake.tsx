import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { ImportResult } from "../import";
import { DataActionsContext, type DataActions } from "./dataActions";
import type { DataControls, DataState } from "./useTimelineData";

// The article flow (chrono-node and the extractor) loads only when asked for; so does the import
// report, which pulls in the importers and papaparse (keeps them out of explore and embed pages).
const ImportDialog = lazy(() => import("./ImportDialog").then((m) => ({ default: m.ImportDialog })));
const ArticleDialog = lazy(() => import("./ArticleDialog"));

interface Props {
  data: DataState;
  controls: DataControls;
  /** Explore mode: show where the data came from, with the way back. Not in embeds or presentations. */
  showChrome: boolean;
  children: React.ReactNode;
}

type Pending = { result: ImportResult; name: string };

/** File.text() where there is one, FileReader elsewhere (older browsers, jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");

/**
 * Every way a reader brings data in: the file picker (through the Data menu), dropping a file on
 * the page, and pasting. Each shows the import report first; the timeline on screen stays until
 * the reader opens the new one.
 */
export function DataIntake({ data, controls, showChrome, children }: Props) {
  const [pending, setPending] = useState<Pending | undefined>();
  const [article, setArticle] = useState<{ text: string } | undefined>();
  const [dragging, setDragging] = useState(false);

  const importText = useCallback(async (text: string, name: string) => {
    const { importAny } = await import("../import");
    setPending({ result: importAny(text, { fileName: name }), name });
  }, []);

  const readFile = useCallback(
    async (file: File) => {
      const { checkImportSize, failedImportResult } = await import("./importHelpers");
      const tooBig = checkImportSize(file.size, `“${file.name}”`);
      // Refuse before reading: a 50 MB file would freeze the tab.
      if (tooBig) return setPending({ result: failedImportResult(tooBig), name: file.name });
      let text: string;
      try {
        text = await readText(file);
      } catch {
        return setPending({ result: failedImportResult(`could not be read (the browser refused the file)`), name: file.name });
      }
      await importText(text, file.name);
    },
    [importText],
  );

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
      void readFile(file);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || document.querySelector("dialog[open]")) return;
      const text = e.clipboardData?.getData("text/plain") ?? "";
      if (text.trim() === "") return;
      e.preventDefault();
      // Data (JSON, CSV) opens the report; prose is an article to extract events from.
      if (/^\s*[[{]/.test(text) || /^[^\n]*[,;\t][^\n]*\n/.test(text)) void importText(text, "pasted text");
      else setArticle({ text });
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
  }, [readFile, importText]);

  const actions: DataActions = useMemo(
    () => ({
      readFile: (file) => void readFile(file),
      startArticle: () => setArticle({ text: "" }),
      backToBundled: controls.backToBundled,
      current: data.state === "ready" ? { dataset: data.dataset, origin: data.origin, name: data.name } : undefined,
    }),
    [readFile, controls.backToBundled, data],
  );

  return (
    <DataActionsContext.Provider value={actions}>
      {showChrome && data.state === "ready" && (data.origin === "opened" || data.notice) && (
        <div className="notice data-notice" role="status">
          <p>
            {data.notice ?? `Showing “${data.name}”, which you opened. It is kept in this browser until you go back.`}
          </p>
          {data.origin !== "bundled" && (
            <button type="button" className="text-button" onClick={controls.backToBundled}>
              Back to the bundled timeline
            </button>
          )}
        </div>
      )}
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a timeline file (JSON or CSV) to see what it holds
        </div>
      )}
      {pending && (
        <Suspense fallback={null}>
          <ImportDialog
            result={pending.result}
            name={pending.name}
            onCancel={() => setPending(undefined)}
            onOpen={() => {
              const { dataset, issues, eventCount } = pending.result;
              if (dataset) controls.open(dataset, issues, eventCount, pending.name);
              setPending(undefined);
            }}
          />
        </Suspense>
      )}
      {article && (
        <Suspense fallback={null}>
          <ArticleDialog
            initialText={article.text}
            onCancel={() => setArticle(undefined)}
            onOpen={(dataset, name) => {
              controls.open(dataset, [], dataset.events.length, name);
              setArticle(undefined);
            }}
          />
        </Suspense>
      )}
    </DataActionsContext.Provider>
  );
}
