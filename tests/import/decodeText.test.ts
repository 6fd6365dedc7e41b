/**
 * Files arrive as bytes: UTF-8 (with or without a byte order mark), UTF-16 from some Windows tools,
 * or Windows-1252, which Excel writes when it saves "CSV". Each is read as what it is, and anything
 * but UTF-8 is said in the report; no character is replaced without a word.
 */
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/import/decodeText";
import { importBytes, summariseImport } from "../../src/import";

const CAFE = "Café naïve “quoted”";
/** Café naïve “quoted” in Windows-1252: é E9, ï EF, “ 93, ” 94. */
const CAFE_1252 = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94];

const latin1 = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (endian === "le") out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

describe("decodeText", () => {
  it("UTF-8, with or without a byte order mark (which is removed)", () => {
    const bytes = new TextEncoder().encode(CAFE);
    expect(decodeText(bytes)).toEqual({ text: CAFE, encoding: "utf-8", bom: false, replaced: 0 });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: CAFE, encoding: "utf-8", bom: true, replaced: 0 });
  });

  it("bytes that are not UTF-8 are Windows-1252: letters and curly quotes come out right", () => {
    expect(decodeText(Uint8Array.from(CAFE_1252))).toEqual({ text: CAFE, encoding: "windows-1252", bom: false, replaced: 0 });
  });

  it("UTF-16 in either byte order, by its byte order mark or, without one, by its zero bytes", () => {
    const text = `title,when\n${CAFE},2019-01-18\n`;
    expect(decodeText(utf16(text, "le", true))).toMatchObject({ text, encoding: "utf-16le", bom: true });
    expect(decodeText(utf16(text, "be", true))).toMatchObject({ text, encoding: "utf-16be", bom: true });
    expect(decodeText(utf16(text, "le", false))).toMatchObject({ text, encoding: "utf-16le", bom: false });
    expect(decodeText(utf16(text, "be", false))).toMatchObject({ text, encoding: "utf-16be", bom: false });
  });

  it("UTF-8 with a stray byte stays UTF-8 (its other letters intact), and the stray byte is counted", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("Zürich "), 0xff, ...new TextEncoder().encode(" Genève")]);
    expect(decodeText(bytes)).toEqual({ text: "Zürich \uFFFD Genève", encoding: "utf-8", bom: false, replaced: 1 });
  });

  it("plain ASCII is UTF-8", () => {
    expect(decodeText(Uint8Array.from(latin1("title,when\nA,2019\n")))).toMatchObject({ encoding: "utf-8", replaced: 0 });
  });
});

describe("importBytes", () => {
  it("a Windows-1252 CSV from Excel imports with its accents and curly quotes, and the report says how it was read", () => {
    const bytes = Uint8Array.from([...latin1("title,when,status,quote\n"), ...CAFE_1252, ...latin1(",2019-01-18,happened,q\n")]);
    const result = importBytes(bytes, { importedOn: "2019-01-18", fileName: "excel.csv" });
    expect(result.dataset!.events[0].title).toBe(CAFE);
    expect(result.issues).toContainEqual({ path: "(the file)", message: expect.stringMatching(/^is not UTF-8: read as Windows-1252/), severity: "warning" });
  });

  it("a UTF-16 CSV imports as if it were UTF-8", () => {
    const result = importBytes(utf16(`title,when,status,quote\n${CAFE},2019-01-18,happened,q\n`, "le", true), { importedOn: "2019-01-18" });
    expect(result.format).toBe("csv");
    expect(result.dataset!.events[0].title).toBe(CAFE);
    expect(summariseImport(result)).toMatch(/^1 of 1 event imported/);
    expect(result.issues.map((i) => i.message).join("\n")).toMatch(/read as UTF-16/);
  });

  it("UTF-8 with a stray byte: the report says how many characters could not be read", () => {
    const bytes = Uint8Array.from([...latin1("title,when,status,quote\n"), ...new TextEncoder().encode("Zürich "), 0xff, ...latin1(",2019-01-18,happened,q\n")]);
    const result = importBytes(bytes, { importedOn: "2019-01-18" });
    expect(result.issues).toContainEqual({ path: "(the file)", message: expect.stringMatching(/^has 1 byte that is not UTF-8: shown as �/), severity: "warning" });
  });

  it("UTF-8 needs no word in the report", () => {
    const result = importBytes(new TextEncoder().encode(`title,when,status,quote\n${CAFE},2019-01-18,happened,q\n`), { importedOn: "2019-01-18" });
    expect(result.issues.map((i) => i.message).join("\n")).not.toMatch(/UTF|Windows/);
  });
});
