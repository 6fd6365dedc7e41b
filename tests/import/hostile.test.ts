/**
 * The hostile corpus (tests/fixtures/hostile/, see its README) and inputs generated here because
 * they are too large to commit. Each must give a clear report, never throw, run no code, keep no
 * unsafe link, pollute no prototype, and finish quickly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { importAny, isSafeLink, IMPORTERS, MAX_IMPORT_BYTES, MAX_IMPORT_EVENTS, summariseImport, type ImportResult } from "../../src/import";
import { htmlToText } from "../../src/import/htmlToText";

const DIR = new URL("../fixtures/hostile/", import.meta.url);
const OPTIONS = { importedOn: "2019-01-18" };
const MB = 1024 * 1024;
const SLOW_MS = 60_000;

/** Every string in a value, deeply. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * Import and check what every hostile input must satisfy. Not timed: speed is the benchmark's
 * business (shared machines make wall-clock limits flaky); the test timeout bounds a hang.
 */
function importHostile(text: string, { markupAllowed = false, format }: { markupAllowed?: boolean; format?: keyof typeof IMPORTERS } = {}): ImportResult {
  let result: ImportResult | undefined;
  expect(() => {
    result = importAny(text, { ...OPTIONS, format });
  }).not.toThrow();
  const r = result!;
  // A clear report: something usable, or at least one error; every issue placed and worded.
  expect(r.dataset !== undefined || r.issues.some((i) => i.severity === "error")).toBe(true);
  for (const issue of r.issues) {
    expect(issue.path.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeGreaterThan(5);
    expect(issue.message.length).toBeLessThan(1000);
  }
  expect(summariseImport(r).length).toBeGreaterThan(10);
  if (r.dataset) {
    for (const s of r.dataset.sources) if (s.url !== undefined) expect(isSafeLink(s.url) && /^https?:/.test(s.url)).toBe(true);
    const all = strings(r.dataset);
    if (!markupAllowed) for (const s of all) expect(s, s).not.toMatch(/<[a-z!/?]/i);
    for (const s of all) expect(s).not.toMatch(/^\s*(javascript|vbscript|data):/i);
  }
  return r;
}

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
});

/** What each committed file must give. */
const EXPECTED: Record<string, { format: string; imported: number; of: number; absent?: string[]; markupAllowed?: boolean; report?: RegExp }> = {
  "script-tags.timelinejs.json": { format: "timelinejs", imported: 4, of: 4, absent: ["document.cookie", "alert(2)", "alert(3)", "alert(4)", "alert(5)", "alert(6)", "alert(9)", "alert(10)", "alert(12)", "expression", "evil.example"], report: /removed, never run/ },
  "event-handlers.vis.json": { format: "vis-timeline", imported: 7, of: 7, absent: ["onerror", "onload", "onmouseover", "ontoggle", "onfocus", "alert", "onclick"] },
  "javascript-links.csv": { format: "csv", imported: 8, of: 8, absent: ["javascript:", "vbscript:", "data:", "//evil"], report: /"javascript:alert\(1\)" is not an http/ },
  "javascript-links.timelinejs.json": { format: "timelinejs", imported: 1, of: 1, absent: ["javascript", "alert"] },
  "prototype-keys.json": { format: "dataset", imported: 1, of: 2, report: /named "__proto__": ignored/ },
  "prototype-keys.timelinejs.json": { format: "timelinejs", imported: 3, of: 3, report: /"__proto__" became the id "proto"/ },
  "prototype-columns.csv": { format: "timelinejs-csv", imported: 2, of: 2, report: /not imported: "__proto__", "constructor", "prototype"/ },
  "invalid-dates.json": { format: "dataset", imported: 1, of: 12, report: /events\[0\]\.when: .*2019-02-30/ },
  // Year 99,999,999 is read, as TimelineJS reads it, on the deep-time (year-only) scale.
  "invalid-dates.timelinejs.csv": { format: "timelinejs-csv", imported: 2, of: 10, report: /line 2, column A \(Year\): day 30 does not exist/ },
  "end-before-start.timelinejs.json": { format: "timelinejs", imported: 0, of: 3, report: /events\[0\]\.end_date: .*before the start/ },
  "end-before-start.vis.json": { format: "vis-timeline", imported: 2, of: 3, report: /\[0\]\.end: .*before the start/ },
  "unterminated-markup.timelinejs.json": { format: "timelinejs", imported: 4, of: 4, absent: ["alert", "never closed"] },
  "entities.timelinejs.json": { format: "timelinejs", imported: 2, of: 2, markupAllowed: true },
  "broken.json": { format: "unknown", imported: 0, of: 0, report: /line 5, column 18: is not valid JSON/ },
  "not-a-timeline.json": { format: "unknown", imported: 0, of: 0, report: /not in a timeline format this app recognises/ },
  "unclosed-quote.csv": { format: "csv", imported: 0, of: 1, report: /never closed/ },
  "wrong-types.json": { format: "dataset", imported: 0, of: 1, report: /title: must be text, not a list/ },
  "huge-numbers.vis.json": { format: "vis-timeline", imported: 2, of: 5, report: /outside the years this app can draw/ },
};

describe("the hostile corpus", () => {
  const files = readdirSync(DIR).filter((f) => !f.endsWith(".md"));

  it("has an expectation for every file", () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s gives a clear report and runs nothing", (file, expected) => {
    const text = readFileSync(new URL(file, DIR), "utf8");
    const result = importHostile(text, { markupAllowed: expected.markupAllowed });
    expect(result.format).toBe(expected.format);
    expect(result.dataset?.events.length ?? 0).toBe(expected.imported);
    expect(result.eventCount).toBe(expected.of);
    const everything = JSON.stringify(result.dataset ?? {});
    for (const payload of expected.absent ?? []) expect(everything).not.toContain(payload);
    if (expected.report) expect(result.issues.map((i) => `${i.path}: ${i.message}`).join("\n")).toMatch(expected.report);
  });

  it("keeps encoded markup as literal text, which the app shows as text", () => {
    const result = importHostile(readFileSync(new URL("entities.timelinejs.json", DIR), "utf8"), { markupAllowed: true });
    expect(result.dataset!.events[0].title).toBe("<script>alert(1)</script>");
    expect(result.dataset!.events[1].title).toBe("Bad references \uFFFD \uFFFD \uFFFD \uFFFD");
  });
});

describe("generated hostile inputs", () => {
  it.each([
    ["TimelineJS JSON", () => `{"events":[{"start_date":{"year":2019},"text":{"headline":"x","text":"${"A".repeat(50 * MB)}"}}]}`],
    ["CSV", () => `title,when\n${"x,2019\n".repeat((50 * MB) / 7)}`],
    ["text", () => "\u0000\u00ff".repeat(25 * MB)],
  ])("a 50 MB %s file is refused at once with its size and the limit", (_name, make) => {
    const text = make();
    for (const format of [undefined, ...Object.keys(IMPORTERS)] as (keyof typeof IMPORTERS | undefined)[]) {
      const result = importHostile(text, { format });
      expect(result.dataset).toBeUndefined();
      expect(result.issues).toEqual([{ path: "(the file)", message: expect.stringMatching(/^is 50 MB; the limit is 20 MB\./), severity: "error" }]);
    }
  }, SLOW_MS);

  it("a file under the limit in characters but over it in UTF-8 bytes is refused", () => {
    const text = `{"title": "${"😀".repeat(6 * MB)}"}`; // 12 M UTF-16 units, 24 MB of UTF-8
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const result = importHostile(text);
    expect(result.issues[0].message).toMatch(/larger than the 20 MB limit/);
  });

  it("a 19 MB headline is cut to the title limit, quickly, with a warning", () => {
    const text = `{"events":[{"start_date":{"year":2019},"text":{"headline":"${"<b>x</b> ".repeat((19 * MB) / 10)}","text":"${"y".repeat(MB)}"}}]}`;
    const result = importHostile(text);
    expect(result.dataset!.events[0].title.length).toBeLessThanOrEqual(200);
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "events[0].text.headline", message: expect.stringMatching(/cut to 200/) }));
 }, SLOW_MS);

  it("a 15 MB date string and a 15 MB CSV cell are reported, not parsed", () => {
    const ours = importHostile(JSON.stringify({ version: 1, title: "T", sources: [{ id: "s", publisher: "P", title: "T", published: "2019-01-18" }], events: [{ id: "a", title: "A", when: "2".repeat(15 * MB), status: "happened", evidence: [{ source: "s", quote: "q" }] }] }));
    expect(ours.issues).toContainEqual(expect.objectContaining({ path: "events[0].when", message: expect.stringMatching(/too long to be a date/) }));
    const csv = importHostile(`title,when,status\n"${"z".repeat(15 * MB)}",2019,happened\n`);
    expect(csv.issues).toContainEqual(expect.objectContaining({ path: "line 2, column A (title)", message: expect.stringMatching(/too long/) }));
 }, SLOW_MS);

  it.each([
    ["[[[[", "[".repeat(100_000) + "]".repeat(100_000)],
    ['{"a":{"a":', '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000)],
    ["nested inside an event", `{"events":[{"start_date":${"[".repeat(100_000)}${"]".repeat(100_000)}}]}`],
    ["unbalanced", "[".repeat(1_000_000)],
  ])("100,000 levels of nesting (%s) are refused before parsing, with the place", (_name, text) => {
    for (const format of [undefined, "dataset", "timelinejs", "vis-timeline"] as const) {
      const result = importHostile(text, { format });
      expect(result.dataset).toBeUndefined();
      expect(result.issues[0]).toMatchObject({ path: expect.stringMatching(/^line 1, column \d+$/), message: expect.stringMatching(/nested more than 64 levels/) });
    }
  });

  it("100,001 events are refused in every format with the limit, without validating them", () => {
    const n = MAX_IMPORT_EVENTS + 1;
    const inputs: [string, string][] = [
      ["dataset", JSON.stringify({ version: 1, title: "T", sources: [], events: Array.from({ length: n }, (_, i) => ({ id: `e${i}` })) })],
      ["timelinejs", JSON.stringify({ events: Array.from({ length: n }, () => ({ start_date: { year: 2019 } })) })],
      ["vis-timeline", JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: i, start: "2019-01-01" })))],
      ["csv", `title,when\n${"x,2019\n".repeat(n)}`],
      ["timelinejs-csv", `Year,Headline\n${"2019,x\n".repeat(n)}`],
    ];
    for (const [format, text] of inputs) {
      const result = importHostile(text);
      expect(result.format).toBe(format);
      expect(result.dataset).toBeUndefined();
      expect(result.issues.at(-1)!.message).toMatch(/^has (100,001 events|more than 100,000 rows); the limit is 100,000 events/);
    }
  }, SLOW_MS);

  it("pathological markup in a text is handled in linear time", () => {
    for (const html of ["<script>".repeat(100_000), "<".repeat(1_000_000), "<a ".repeat(300_000), "<!--".repeat(200_000), "&#".repeat(500_000), "<p title='".repeat(200_000)]) {
      const text = JSON.stringify({ events: [{ start_date: { year: 2019 }, text: { headline: "h", text: html } }] });
      const result = importHostile(text);
      expect(result.dataset!.events).toHaveLength(1);
    }
    expect(htmlToText("<scr<script>ipt>alert(1)</script>x").text).toBe("ipt>alert(1)x"); // as a browser would show it: text, never run
 }, SLOW_MS);

  it("a CSV header of 100,000 columns and binary garbage get a clear report", () => {
    importHostile(Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(","));
    let garbage = "";
    let seed = 42;
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      garbage += String.fromCharCode(seed % 0xffff);
    }
    for (const format of [undefined, ...Object.keys(IMPORTERS)] as (keyof typeof IMPORTERS | undefined)[]) importHostile(garbage, { format });
 }, SLOW_MS);
});
