// Minimal typings for the parts of edtf.js (https://github.com/inukshuk/edtf.js) we use.
declare module "edtf" {
  interface EdtfValue {
    readonly type: "Date" | "Year" | "Decade" | "Century" | "Season" | "Interval" | "List" | "Set";
    readonly edtf: string;
    /** Earliest instant, in ms since the epoch (UTC); -Infinity when open. */
    readonly min: number;
    /** Latest instant, in ms since the epoch (UTC); Infinity when open. */
    readonly max: number;
    readonly precision?: number;
    readonly approximate?: { readonly value: number };
    readonly uncertain?: { readonly value: number };
    readonly values?: unknown[];
    readonly lower?: EdtfValue | null;
    readonly upper?: EdtfValue | null;
    readonly earlier?: boolean;
    readonly later?: boolean;
  }
  export default function edtf(input: string, constraints?: Record<string, unknown>): EdtfValue;
}
declare module "edtf" {
  /** The raw parse tree: { type, values, level, ... }; throws on a syntax error. */
  export function parse(input: string, constraints?: Record<string, unknown>): { type: string; values: unknown[] };
}
declare module "edtf" {
  // The classes, for instanceof checks (class names do not survive minification).
  export const Date: new (...args: never[]) => EdtfValue;
  export const Year: new (...args: never[]) => EdtfValue;
  export const Interval: new (...args: never[]) => EdtfValue;
  export const Set: new (...args: never[]) => EdtfValue;
}
