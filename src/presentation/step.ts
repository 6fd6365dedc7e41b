/*
 * The presentation step in the address (?step=N, 1-based), read and written apart from the slide
 * controller so that the explore view can use it without loading what builds slides.
 */
import { readParam, searchWith } from "../state/url";

/** The 0-based step index in a query string, or undefined when absent or not a step of this presentation. */
export function stepFromSearch(search: string, count: number): number | undefined {
  const { value: position, ignored } = readParam(search, "step");
  return !ignored && position >= 1 && position <= count ? position - 1 : undefined;
}

/** A query string with the step (0-based index in, 1-based out), every other parameter kept. */
export function searchWithStep(search: string, index: number): string {
  return searchWith(search, { step: index + 1 });
}
