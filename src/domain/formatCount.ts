/**
 * A number as English writes it, with a comma between thousands: "100,000 events". The same text
 * as `toLocaleString("en")`, without it for whole numbers: the first call of that in a page sets up
 * the browser's number formatting (ICU), 50–58 ms in a fresh Chromium tab, and counts are written on
 * the way to the first paint of every page.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en");
  const digits = String(Math.abs(n));
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${text}` : text;
}
