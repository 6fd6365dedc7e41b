/**
 * The dates a group of events covers, in words, from its first and last events' dates: once when
 * they are the same ("12 June 2018", or a span both share), else "March 2018 to May 2018".
 */
export function clusterRangeWords(firstWords: string, lastWords: string): string {
  return firstWords === lastWords ? firstWords : `${firstWords} to ${lastWords}`;
}
