/** The date picker's choices as EDTF. */
export type Kind = "on" | "span" | "deadline";
export type PickPrecision = "day" | "month" | "year";

/** EDTF from what was picked: "2018-06", "2019-01-17/2019-01-18", "[..2019-02-28]", with ~ ? %. */
export function pickedEdtf(kind: Kind, precision: PickPrecision, start: string, end: string, approximate: boolean, uncertain: boolean): string | undefined {
  const cut = (iso: string) => (precision === "day" ? iso.slice(0, 10) : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4));
  const valid = (iso: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) && iso.length >= { day: 10, month: 7, year: 4 }[precision];
  if (!valid(start) || (kind === "span" && !valid(end))) return undefined;
  const mark = approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "";
  if (kind === "deadline") return `[..${cut(start)}]`;
  if (kind === "span") return `${cut(start)}${mark}/${cut(end)}${mark}`;
  return `${cut(start)}${mark}`;
}

