/**
 * A whole number as English writes it, with a comma between thousands: "100,000 events". The same
 * text as `toLocaleString("en")`, without it: the first call of that in a page sets up the
 * browser's number formatting (ICU), 50–58 ms in a fresh Chromium tab, and counts are written on the
 * way to the first paint of every page.
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** A count and its noun: "1 event", "2 events", "1,200 days". */
export const plural = (count: number, one: string, many = `${one}s`) => `${formatCount(count)} ${count === 1 ? one : many}`;
