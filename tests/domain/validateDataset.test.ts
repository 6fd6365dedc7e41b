import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/domain/validateDataset";
import { parseDatasetText } from "../../src/domain/parseDatasetText";
import { countIssues } from "../../src/domain/issuePath";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";

const messages = (json: unknown) => validateDataset(json).issues.map((i) => `${i.path}: ${i.message}`);

describe("validateDataset", () => {
  it("accepts a valid dataset with no issues and fills defaults", () => {
    const result = validateDataset(makeDataset([makeEvent({ actors: undefined })]));
    expect(result.issues).toEqual([]);
    expect(result.dataset?.events[0].actors).toEqual([]);
  });

  it("rejects a file that is not an object", () => {
    for (const json of [null, 42, "text", [1, 2]]) {
      const result = validateDataset(json);
      expect(result.dataset).toBeUndefined();
      expect(result.issues[0].path).toBe("(the file)");
    }
  });

  it("names missing and mistyped top-level fields", () => {
    const { title: _t, ...noTitle } = makeDataset();
    expect(messages(noTitle)).toContain("title: is missing (expected text)");
    expect(messages(makeDataset(undefined, { version: 3 }))).toContain("version: must be 1 or 2");
    expect(messages(makeDataset(undefined, { events: "none" }))).toContain('events: must be a list, not text "none"');
    expect(messages(makeDataset([makeEvent({ when: 20180612 })]))).toEqual(["events[0].when: must be text, not a number (20180612)"]);
    expect(validateDataset(makeDataset(undefined, { sources: [] })).dataset).toBeUndefined();
  });

  it("reports an invalid EDTF date at its path with a hint, and skips only that event", () => {
    const result = validateDataset(makeDataset([makeEvent({ id: "a", when: "2018/06/12" }), makeEvent({ id: "b" })]));
    expect(result.issues).toEqual([
      { path: "events[0].when", message: expect.stringContaining("(write 2018-06-12)"), severity: "error" },
    ]);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["b"]);
    expect(result.eventCount).toBe(2);
  });

  it("rejects a day that does not exist", () => {
    expect(messages(makeDataset([makeEvent({ when: "2019-02-29" })]))).toEqual([
      'events[0].when: "2019-02-29" has no such day: February 2019 has 28 days',
    ]);
  });

  it("rejects a span that ends before it starts", () => {
    expect(messages(makeDataset([makeEvent({ when: "2019-01-10/2019-01-07" })]))[0]).toMatch(/ends before it starts/);
  });

  it("reports unknown actors, categories and sources", () => {
    const result = messages(makeDataset([makeEvent({ actors: ["us", "ussr"], category: "war", evidence: [{ source: "cnn", quote: "x" }] })]));
    expect(result).toEqual([
      'events[0].actors[1]: unknown actor "ussr" (add it to "actors" or fix the spelling)',
      'events[0].category: unknown category "war" (add it to "categories" or fix the spelling)',
      'events[0].evidence[0].source: unknown source "cnn" (add it to "sources")',
    ]);
  });

  it("reports duplicate event ids and keeps the first", () => {
    const result = validateDataset(makeDataset([makeEvent({ title: "First" }), makeEvent({ title: "Second" })]));
    expect(result.issues.map((i) => i.path)).toEqual(["events[1].id"]);
    expect(result.dataset?.events.map((e) => e.title)).toEqual(["First"]);
  });

  it("reports unknown fields instead of silently dropping them", () => {
    expect(messages(makeDataset([makeEvent({ sumary: "typo" })]))).toEqual([
      'events[0]: has unknown field "sumary" (check the spelling; see data/dataset.schema.json)',
    ]);
  });

  it("requires evidence, a valid status and ids in the right form", () => {
    expect(messages(makeDataset([makeEvent({ evidence: [] })]))).toEqual(["events[0].evidence: needs at least one piece of evidence (a source and a quote)"]);
    expect(messages(makeDataset([makeEvent({ status: "rumoured" })]))[0]).toMatch(/^events\[0\]\.status: must be one of happened, planned/);
    expect(messages(makeDataset([makeEvent({ id: "Bad Id" })]))[0]).toMatch(/^events\[0\]\.id: Event ids use lower-case/);
    expect(messages(makeDataset([makeEvent({ title: "   " })]))).toEqual(["events[0].title: must not be empty"]);
  });

  it("warns when evidence has no quote", () => {
    const result = validateDataset(makeDataset([makeEvent({ evidence: [{ source: "bbc", note: "from memory" }] })]));
    expect(result.issues).toEqual([expect.objectContaining({ path: "events[0].evidence", severity: "warning" })]);
    expect(result.dataset?.events).toHaveLength(1);
  });

  it("refuses links that are not http(s)", () => {
    const json = makeDataset(undefined, { sources: [{ id: "bbc", publisher: "x", title: "y", published: "2019-01-18", url: "javascript:alert(1)" }] });
    expect(messages(json)).toEqual([
      "sources[0].url: must be an http:// or https:// address",
      'events[0].evidence[0].source: source "bbc" was left out (see sources[0])',
    ]);
  });

  it("a bad source, actor or category is left out with its place; only the events naming it are skipped", () => {
    const json = makeDataset([makeEvent({ id: "a" }), makeEvent({ id: "b", actors: ["us"], category: "visit", evidence: [{ source: "ap", quote: "q" }] })], {
      sources: [
        { id: "bbc", publisher: "x", title: "y", published: "18/01/2019" },
        { id: "ap", publisher: "AP", title: "z", published: "2019-01-18" },
      ],
      actors: [{ id: "us", label: "United States" }, { id: "dprk", label: "N".repeat(121) }],
    });
    const result = validateDataset(json);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["b"]);
    expect(result.dataset?.sources.map((s) => s.id)).toEqual(["ap"]);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(["us"]);
    expect(messages(json)).toEqual([
      "sources[0].published: must be a calendar day written YYYY-MM-DD, e.g. 2019-01-18",
      "actors[1].label: is too long (at most 120 characters)",
      'events[0].actors[1]: actor "dprk" was left out (see actors[1])',
      'events[0].evidence[0].source: source "bbc" was left out (see sources[0])',
    ]);
  });

  it("more actors than allowed: the first 500 are kept, the limit is said in words, events naming the rest are skipped", () => {
    const actors = Array.from({ length: 502 }, (_, i) => ({ id: `a${i}`, label: `Actor ${i}` }));
    const json = makeDataset([makeEvent({ id: "a", actors: ["a1"] }), makeEvent({ id: "b", actors: ["a501"] })], { actors });
    const result = validateDataset(json);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["a"]);
    expect(result.dataset?.actors).toHaveLength(500);
    expect(messages(json)).toEqual([
      "actors[500]: has 502 actors; the limit is 500. The last 2 are left out, and events naming them are skipped: merge or remove actors.",
      'events[1].actors[0]: actor "a501" is past the limit of 500 actors: merge or remove actors',
    ]);
  });

  it("past the listed problems, events are still checked in full: those that pass open as zod reads them, the rest are counted", () => {
    const noisy = Array.from({ length: 2100 }, (_, i) => makeEvent({ id: `n${i}`, actors: ["ussr"] }));
    const late = [
      makeEvent({ id: "padded", title: "  Padded  ", actors: undefined }),
      makeEvent({ id: "bad-category", category: "war" }),
      makeEvent({ id: "padded", title: "Again" }),
      makeEvent({ id: "bad-date", when: "2018/06/12" }),
    ];
    const result = validateDataset(makeDataset([...noisy, ...late]));
    expect(result.dataset?.events).toEqual([expect.objectContaining({ id: "padded", title: "Padded", actors: [] })]);
    expect(result.failed?.map((f) => f.index).slice(-3)).toEqual([2101, 2102, 2103]);
    expect(countIssues(result.issues)).toEqual({ total: 2103, errors: 2103, warnings: 0 });
    const counted = result.issues.filter((i) => (i.count ?? 1) > 1 || /^events\[21\d\d\]/.test(i.path));
    expect(counted.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'events[2000].actors[0]: 100 more problems of this kind, not listed one by one; the first: unknown actor "ussr" (add it to "actors" or fix the spelling)',
      'events[2101].category: unknown category "war" (add it to "categories" or fix the spelling)',
      'events[2102].id: "padded" is used by an earlier event: ids must be unique',
      expect.stringMatching(/^events\[2103\]\.when: not an EDTF date: "2018\/06\/12"/),
    ]);
  });

  it("events checked without zod are still refused for every rule, worded by zod, while valid ones open trimmed", () => {
    const valid = makeEvent({ id: "ok", title: "  Padded title  ", summary: " s ", actors: undefined });
    const bad = [
      makeEvent({ id: "Bad Id" }),
      makeEvent({ id: "blank", title: "   " }),
      makeEvent({ id: "no-day", when: "2019-02-30" }),
      makeEvent({ id: "status", status: "maybe" }),
      makeEvent({ id: "extra", colour: "red" }),
      makeEvent({ id: "actors", actors: Array.from({ length: 51 }, (_, i) => `a${i}`) }),
      makeEvent({ id: "evidence", evidence: [] }),
      makeEvent({ id: "quote", evidence: [{ source: "bbc", quote: "" }] }),
      makeEvent({ id: "long", title: "x".repeat(201) }),
    ];
    const result = validateDataset(makeDataset([valid, ...bad]));
    expect(result.dataset?.events).toEqual([{ id: "ok", title: "Padded title", summary: "s", when: "2018-06-12", status: "happened", actors: [], category: "summit", evidence: [{ source: "bbc", quote: "their historic summit in Singapore last June" }] }]);
    expect(result.failed?.map((f) => `${f.reason.path}: ${f.reason.message}`)).toEqual([
      'events[1].id: Event ids use lower-case letters, digits and hyphens, e.g. "singapore-summit"',
      "events[2].title: must not be empty",
      expect.stringMatching(/^events\[3\]\.when: .*does not exist/),
      expect.stringMatching(/^events\[4\]\.status: must be one of happened, /),
      'events[5]: has unknown field "colour" (check the spelling; see data/dataset.schema.json)',
      "events[6].actors: has 51 entries; at most 50 are allowed",
      "events[7].evidence: needs at least one piece of evidence (a source and a quote)",
      "events[8].evidence[0].quote: must not be empty",
      "events[9].title: is too long (at most 200 characters)",
    ]);
  });

  it("checks story steps against the events", () => {
    const result = validateDataset(makeDataset(undefined, { story: { steps: [{ event: "singapore-summit" }, { event: "nowhere" }] } }));
    expect(result.issues.map((i) => i.path)).toEqual(["story.steps[1].event"]);
    expect(result.dataset?.story?.steps).toHaveLength(1);
  });

  it("never throws on hostile shapes", () => {
    const hostile = [
      JSON.parse('{"__proto__": {"polluted": true}, "version": 1}'),
      makeDataset([null, 1, "x", [], { id: {} }]),
      makeDataset([makeEvent({ when: 20180612 })]),
      makeDataset([makeEvent({ evidence: "quote" })]),
    ];
    for (const json of hostile) expect(() => validateDataset(json)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("parseDatasetText", () => {
  it("reports a JSON syntax error with its line and column", () => {
    const result = parseDatasetText('{\n  "version": 1,\n  "title" "x"\n}');
    expect(result.dataset).toBeUndefined();
    expect(result.issues[0].path).toBe("line 3, column 11");
    expect(result.issues[0].message).toMatch(/^is not valid JSON/);
  });
});

describe("parseDatasetText on a cut-off file", () => {
  it("places the error at the end of the file", () => {
    const result = parseDatasetText('{\n  "version": 1,\n  "events": [');
    expect(result.issues[0].path).toBe("line 3, column 14");
  });
});

describe("validateDataset: claims and links", () => {
  it("reads claims and links, and keeps them", () => {
    const result = validateDataset(
      makeDataset([
        makeEvent({ id: "plan", when: "[..2019-02-28]", status: "planned", claims: [{ source: "bbc", when: "[..2019-02-28]", status: "planned" }] }),
        makeEvent({ id: "outcome", links: [{ type: "outcome-of", event: "plan" }] }),
      ]),
    );
    expect(result.issues).toEqual([]);
    expect(result.dataset?.events[1].links).toEqual([{ type: "outcome-of", event: "plan" }]);
  });

  it("names a link to an unknown event at its place, and keeps the event without the link", () => {
    const result = validateDataset(makeDataset([makeEvent({ id: "a" }), makeEvent({ id: "b", links: [{ type: "follows", event: "a" }, { type: "outcome-of", event: "sumit" }] })]));
    expect(result.issues).toEqual([{ path: "events[1].links[1].event", message: 'no event with id "sumit" (link left out; check the spelling)', severity: "error" }]);
    expect(result.dataset?.events[1].links).toEqual([{ type: "follows", event: "a" }]);
  });

  it("names an unknown link type, and a claim citing an unknown source or an impossible date", () => {
    expect(messages(makeDataset([makeEvent({ links: [{ type: "caused", event: "singapore-summit" }] })]))).toEqual([
      "events[0].links[0].type: must be one of outcome-of, follows, cancels",
    ]);
    expect(messages(makeDataset([makeEvent({ claims: [{ source: "cnn", when: "2018-06-12", status: "happened" }] })]))).toEqual([
      'events[0].claims[0].source: unknown source "cnn" (add it to "sources")',
    ]);
    expect(messages(makeDataset([makeEvent({ claims: [{ source: "bbc", when: "2019-02-29", status: "happened" }] })]))).toEqual([
      'events[0].claims[0].when: "2019-02-29" has no such day: February 2019 has 28 days',
    ]);
  });
});
