// Only what opening a `?data=` file needs, not the import barrel: the importer of the file's format,
// edtf.js and the validator's wording (zod) load as the file needs them (importInSlices.ts).
import { countIssues } from "../domain/issuePath";
import { importInSlices, type SliceOptions } from "../import/importInSlices";
import { oversizeMessage } from "../import/limits";
import { formatLabel, parseFormatId, type ImportResult } from "../import/types";
import type { FetchedText } from "./fetchDatasetText";
import type { FieldChoice } from "../import/fieldChoice";
import { plural } from "../domain/formatCount";

// The dates of a dataset the import has checked: edtf.js is loaded already if one of them needs it.
export { fuzzyDate } from "../domain/readFuzzyDate";

export type LoadedDataset = { ok: true; result: ImportResult; name: string } | { ok: false; message: string; result?: ImportResult; name: string };

/**
 * Open what `?data=` fetched (prefetchDataset.ts starts the download as the page starts): recognise
 * the format (or take `format`), import and validate. What is valid opens, with the report of
 * everything else at hand. It runs in slices (importInSlices), the page answering input between them and told how far it has got.
 */
export async function importFetched(fetched: FetchedText, raw: string, format?: string, how: SliceOptions = {}): Promise<LoadedDataset> {
  if (!fetched.ok) {
    return { ok: false, message: "tooBig" in fetched ? `${fetched.url} ${oversizeMessage(fetched.bytes)}` : fetched.message, name: raw };
  }
  const formatId = parseFormatId(format);
  if (format && !formatId) return { ok: false, message: `format=${format} is not a format this app reads (use dataset, timelinejs, timelinejs-csv, vis-timeline or csv).`, name: fetched.url };
  let result: ImportResult;
  try {
    // The field choices remembered for files of a shape: only the formats with fields to choose read them.
    let remembered: ((shape: string) => FieldChoice | undefined) | undefined;
    const prepare = async (format: string) => {
      if (format === "vis-timeline" || format === "csv") remembered = (await import("./fieldChoiceStore")).loadFieldChoice;
    };
    const options = { format: formatId, fileName: fileName(fetched.url), sourceUrl: fetched.url, rememberedFields: (shape: string) => remembered?.(shape) };
    result = await importInSlices({ bytes: fetched.bytes }, options, { ...how, prepare });
  } catch {
    return { ok: false, message: `Loading ${fetched.url} was cancelled.`, name: fetched.url };
  }
  if (!result.dataset) {
    const what = result.format === "unknown" ? "" : ` as ${formatLabel(result.format)}`;
    const { total } = countIssues(result.issues);
    return { ok: false, message: `${fileName(fetched.url)} could not be opened${what}: ${plural(total, "problem")} found.`, result, name: fetched.url };
  }
  return { ok: true, result, name: fetched.url };
}

export function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split("/").pop() || url);
  } catch {
    return url;
  }
}
