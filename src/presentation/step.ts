/*
 * The presentation step in the URL (?step=N, 1-based), read and written apart from the slide
 * controller so that the explore view can use it without loading what builds slides (the EDTF
 * parser among it; issue 8).
 */

/** The URL parameter that holds the step, 1-based. */
export const STEP_PARAM = "step";

/** The 0-based step index in a query string, or undefined when absent or not a step of this presentation. */
export function stepFromSearch(search: string, count: number): number | undefined {
  const value = new URLSearchParams(search).get(STEP_PARAM);
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined;
  const position = Number(value.trim());
  return position >= 1 && position <= count ? position - 1 : undefined;
}

/** A query string with the step (0-based index in, 1-based out), every other parameter kept. */
export function searchWithStep(search: string, index: number): string {
  const params = new URLSearchParams(search);
  params.set(STEP_PARAM, String(index + 1));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}
