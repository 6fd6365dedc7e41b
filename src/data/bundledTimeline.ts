import bundledUrl from "virtual:bundled-dataset";
import type { FuzzyDate } from "../domain/fuzzyDate";
import type { ValidationResult } from "../domain/validateDataset";

/** What the build makes of data/events.json: the checked dataset and its issues, its dates parsed. */
export type BundledDataset = ValidationResult & { dates: Record<string, FuzzyDate> };

let arrived: BundledDataset | undefined;
let loading: Promise<BundledDataset> | undefined;

/** The bundled timeline, if it has arrived. */
export const bundledNow = (): BundledDataset | undefined => arrived;

// JSON has no infinities (a deadline's open start is -Infinity): they travel as strings.
const reviveInfinity = (_key: string, value: unknown) => (value === "-Infinity" ? Number.NEGATIVE_INFINITY : value === "Infinity" ? Number.POSITIVE_INFINITY : value);

/**
 * Fetch the bundled timeline (once). The page's head asks for it as the page starts (see
 * scripts/preloadForPage.ts), so this usually finds it downloaded. A failure can be retried.
 */
export function loadBundled(): Promise<BundledDataset> {
  loading ??= fetch(bundledUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return response.text();
    })
    .then((text) => (arrived = JSON.parse(text, reviveInfinity) as BundledDataset))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
