/**
 * What DataIntake does once the reader brings data in (a file chosen or dropped, a paste, an article,
 * a new timeline): read and import it, and show the report or the dialog. A chunk of its own,
 * loaded on the first such request: pages that only show a timeline never need it.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { ImportResult } from "../import";
import type { DataControls } from "./useTimelineData";
import type { FieldChoice } from "../import/fieldChoice";
import type { IntakeRequest } from "./dataActions";

// The article flow (chrono-node and the extractor) loads only when asked for; so does the import
// report, which pulls in the importers and papaparse (keeps them out of explore and embed pages).
const ImportDialog = lazy(() => import("./ImportDialog").then((m) => ({ default: m.ImportDialog })));
const ArticleDialog = lazy(() => import("./ArticleDialog"));
/** The importers, and the field choices remembered for files of each shape: both only when a file comes in. */
const importCode = () => Promise.all([import("../import"), import("./fieldChoiceStore")]);
const PasteChoice = lazy(() => import("./PasteChoice").then((m) => ({ default: m.PasteChoice })));
const NewTimelineDialog = lazy(() => import("./NewTimelineDialog"));

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

/** The reader's latest request (`request.n` counts them), and what the dialogs do with the data. */
export default function IntakeDialogs({ request, controls }: { request: { n: number; request: IntakeRequest }; controls: DataControls }) {
  const [pending, setPending] = useState<Pending | undefined>();
  const [article, setArticle] = useState<{ text: string } | undefined>();
  const [creating, setCreating] = useState(false);
  const [pasteChoice, setPasteChoice] = useState<{ text: string } | undefined>();

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

  // Each request once, as it comes: the counter tells a new one from the same one again. A dialog
  // to open is state set as the request arrives; a file or a paste is read first (asynchronously).
  const [seen, setSeen] = useState(0);
  if (seen !== request.n) {
    setSeen(request.n);
    if (request.request.kind === "article") setArticle({ text: "" });
    else if (request.request.kind === "new") setCreating(true);
  }
  const handled = useRef(0);
  useEffect(() => {
    if (handled.current === request.n) return;
    handled.current = request.n;
    const asked = request.request;
    // oxlint-disable-next-line react/set-state-in-effect -- it sets state only once the file is read
    if (asked.kind === "file") void readFile(asked.file);
    if (asked.kind !== "paste") return;
    const { text } = asked;
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
  }, [request, readFile, importText]);

  return (
    <>
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
    </>
  );
}
