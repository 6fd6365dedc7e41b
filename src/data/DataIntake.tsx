import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { ImportResult } from "../import";
import { DataActionsContext, type DataActions } from "./dataActions";
import type { DataControls, DataState } from "./useTimelineData";
import type { FieldChoice } from "../import/fieldChoice";
import type { ShownTimeline } from "../library/useLibraryAutosave";
import type { Dataset } from "../domain/types";

// The article flow (chrono-node and the extractor) loads only when asked for; so does the import
// report, which pulls in the importers and papaparse (keeps them out of explore and embed pages).
const ImportDialog = lazy(() => import("./ImportDialog").then((m) => ({ default: m.ImportDialog })));
const ArticleDialog = lazy(() => import("./ArticleDialog"));
// Loads with the first timeline of the reader's own (see below): the default view does not need it.
const LibraryAutosave = lazy(() => import("../library/LibraryAutosave"));
/** The importers, and the field choices remembered for files of each shape: both only when a file comes in. */
const importCode = () => Promise.all([import("../import"), import("./fieldChoiceStore")]);
const PasteChoice = lazy(() => import("./PasteChoice").then((m) => ({ default: m.PasteChoice })));
const NewTimelineDialog = lazy(() => import("./NewTimelineDialog"));

interface Props {
  data: DataState;
  controls: DataControls;
  /** Explore mode: show where the data came from, with the way back. Not in embeds or presentations. */
  showChrome: boolean;
  children: React.ReactNode;
}

/** A file being looked at in the import report, with what it was read from (read again when the reader chooses its fields). */
type Pending = { result: ImportResult; name: string; input?: { text: string } | { bytes: Uint8Array } };

/**
 * The file's bytes: its text is decoded by the importer, which tells UTF-8, UTF-16 and Excel's
 * Windows-1252 apart (File.text() reads everything as UTF-8). FileReader where there is no
 * File.arrayBuffer() (older browsers, jsdom).
 */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
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
  const [creating, setCreating] = useState(false);
  const [pasteChoice, setPasteChoice] = useState<{ text: string } | undefined>();
  const [dragging, setDragging] = useState(false);
  // The dataset each load put on screen: one that differs from it under the same load is an edit.
  const [loaded, setLoaded] = useState<{ loadId: number; dataset: Dataset } | undefined>();
  if (data.state === "ready" && loaded?.loadId !== data.loadId) setLoaded({ loadId: data.loadId, dataset: data.dataset });
  const loadedDataset = data.state === "ready" && loaded?.loadId === data.loadId ? loaded.dataset : undefined;
  const shown: ShownTimeline | undefined = data.state === "ready" ? { ...data, loadedDataset } : undefined;
  // Autosave loads with a timeline of the reader's own: one they opened, a share link's, an edit.
  const autosave = shown && ((shown.origin !== "bundled" && shown.origin !== "url") || (loadedDataset && loadedDataset !== shown.dataset));

  // In slices (importInSlices): a large file does not hold the page while it is checked.
  const importText = useCallback(async (text: string, name: string, format?: "csv") => {
    const [{ importInSlices }, { loadFieldChoice }] = await importCode();
    setPending({ result: await importInSlices({ text }, { fileName: name, format, rememberedFields: loadFieldChoice }), name, input: { text } });
  }, []);

  // The reader chose which fields are the title, date and group: read the file again with them,
  // and remember the choice for files of the same shape.
  const chooseFields = useCallback(async (from: Pending, choice: FieldChoice) => {
    if (!from.input || !from.result.fieldOptions) return;
    const [{ importInSlices }, { saveFieldChoice }] = await importCode();
    saveFieldChoice(from.result.fieldOptions.shape, choice);
    setPending({ ...from, result: await importInSlices(from.input, { fileName: from.name, fields: choice }) });
  }, []);

  const readFile = useCallback(
    async (file: File) => {
      const { checkImportSize, failedImportResult } = await import("./importHelpers");
      const tooBig = checkImportSize(file.size, `“${file.name}”`);
      // Refuse before reading: a 50 MB file would freeze the tab.
      if (tooBig) return setPending({ result: failedImportResult(tooBig), name: file.name });
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(file);
      } catch {
        return setPending({ result: failedImportResult(`could not be read (the browser refused the file)`), name: file.name });
      }
      const [{ importInSlices }, { loadFieldChoice }] = await importCode();
      setPending({ result: await importInSlices({ bytes }, { fileName: file.name, rememberedFields: loadFieldChoice }), name: file.name, input: { bytes } });
    },
    [],
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
      // Data (JSON, CSV with our columns) opens the report; prose is an article to extract events
      // from; a table of other columns could be either, so the reader says which. The whole text
      // decides: an article's headline often has a comma or a semicolon.
      import("../import/classifyPastedText").then(
        ({ classifyPastedText }) => {
          const kind = classifyPastedText(text);
          if (kind === "data") void importText(text, "pasted text");
          else if (kind === "article") setArticle({ text });
          else setPasteChoice({ text });
        },
        () => setPasteChoice({ text }),
      );
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
      newTimeline: () => setCreating(true),
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
      {pending && (
        <Suspense fallback={null}>
          <ImportDialog
            result={pending.result}
            name={pending.name}
            onCancel={() => setPending(undefined)}
            onChooseFields={(choice) => void chooseFields(pending, choice)}
            onOpen={() => {
              const { dataset, issues, eventCount } = pending.result;
              if (dataset) controls.open(dataset, issues, eventCount, pending.name);
              setPending(undefined);
            }}
          />
        </Suspense>
      )}
      {pasteChoice && (
        <Suspense fallback={null}>
          <PasteChoice
            onTable={() => {
              // The reader says it is a table: read as a spreadsheet, whose report offers to choose the title and date columns.
              void importText(pasteChoice.text, "pasted text", "csv");
              setPasteChoice(undefined);
            }}
            onArticle={() => {
              setArticle({ text: pasteChoice.text });
              setPasteChoice(undefined);
            }}
            onCancel={() => setPasteChoice(undefined)}
          />
        </Suspense>
      )}
      {creating && (
        <Suspense fallback={null}>
          <NewTimelineDialog
            onCancel={() => setCreating(false)}
            onCreate={(dataset, name) => {
              controls.open(dataset, [], 0, name);
              setCreating(false);
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
