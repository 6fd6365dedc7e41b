/**
 * Text pasted on the page is either data (JSON, a spreadsheet) to import, or an article to find
 * events in. The whole text decides, not its first line; when it could be either, the reader is asked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyPastedText } from "../../src/import/classifyPastedText";

const read = (url: URL) => readFileSync(url, "utf8");
const EXTRACT = new URL("../fixtures/extract/", import.meta.url);
const SOURCES = new URL("../../data/sources/", import.meta.url);
const articles = [
  ...readdirSync(EXTRACT).filter((f) => f.endsWith(".txt")).map((f) => ({ name: f, text: read(new URL(f, EXTRACT)) })),
  ...readdirSync(SOURCES).filter((f) => f.endsWith(".txt")).map((f) => ({ name: f, text: read(new URL(f, SOURCES)) })),
];

describe("classifyPastedText", () => {
  it("an article whose headline has a semicolon or a comma is an article", () => {
    expect(classifyPastedText(read(new URL("wire-1974-08-09-nixon-resigns.txt", EXTRACT)))).toBe("article");
    expect(classifyPastedText("Trump, Kim to meet again in February\n\nUS President Donald Trump will meet Kim Jong-un, the White House said on Friday.\n")).toBe("article");
  });

  it("every article in the corpus is an article", () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const { name, text } of articles) expect(classifyPastedText(text), name).toBe("article");
  });

  it("JSON and spreadsheets with the columns this app reads are data, however they are separated", () => {
    expect(classifyPastedText(' \n[{"id": 1, "content": "A", "start": "2014-04-20"}]')).toBe("data");
    expect(classifyPastedText(read(new URL("../fixtures/import/events.csv", import.meta.url)))).toBe("data");
    expect(classifyPastedText(read(new URL("../fixtures/import/timelinejs-template.csv", import.meta.url)))).toBe("data");
    expect(classifyPastedText("Title\tWhen\tStatus\nSummit\t2018-06-12\thappened\n")).toBe("data");
    expect(classifyPastedText("title;when\nSummit;2018-06-12\nTalks;2019-01\n")).toBe("data");
  });

  it("a table whose columns this app does not know could be either: ask", () => {
    expect(classifyPastedText("name,date,place\nSummit,2018-06-12,Singapore\nTalks,2019-01-18,Washington\n")).toBe("unsure");
    expect(classifyPastedText("Paris, France\nRome, Italy\n")).toBe("unsure");
  });

  it("prose without commas is an article; one line with a comma is an article", () => {
    expect(classifyPastedText("The talks ended without agreement\n\nBoth sides left early.")).toBe("article");
    expect(classifyPastedText("Kim, Trump meet")).toBe("article");
  });
});
