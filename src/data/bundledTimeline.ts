import bundledUrl from "virtual:bundled-dataset";
import type { FuzzyDate } from "../domain/fuzzyDate";
import type { ValidationResult } from "../domain/validateDataset";
import { takeEarlyBundledText } from "./earlyBundledFetch";

/** What the build makes of data/events.json: the checked dataset and its issues, its dates parsed. */
export type BundledDataset = ValidationResult & { dates: Record<string, FuzzyDate> };

let arrived: BundledDataset | undefined;
let loading: Promise<BundledDataset> | undefined;

/** The bundled timeline, if it has arrived. */
export const bundledNow = (): BundledDataset | undefined => arrived;

// JSON has no infinities (a deadline's open start is -Infinity): they travel as strings.
const reviveInfinity = (_key: string, value: unknown) => (value === "-Infinity" ? Number.NEGATIVE_INFINITY : value === "Infinity" ? Number.POSITIVE_INFINITY : value);

const fetchText = (href: string) =>
  fetch(href).then((response) => {
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return response.text();
  });

/**
 * Fetch the bundled timeline (once). The page's head starts the download as the page starts (see
 * data/earlyBundledFetch.ts), so this usually finds it already read. A failure can be retried.
 */
export function loadBundled(): Promise<BundledDataset> {
  loading ??= (takeEarlyBundledText(bundledUrl) ?? fetchText(bundledUrl))
    .then((text) => (arrived = JSON.parse(text, reviveInfinity) as BundledDataset))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
