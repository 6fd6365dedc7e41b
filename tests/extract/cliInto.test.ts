/** `npm run extract -- … --into timeline.json`: a follow-up article added to a timeline file. */
import { describe, expect, it } from "vitest";
import { runExtractCli } from "../../src/cli/extractEventsCli";
import { fakeCliIo } from "../fixtures/fakeCliIo";
import { validateDataset } from "../../src/domain/validateDataset";
import type { Dataset } from "../../src/domain/types";
import { bundledBeforeHanoi } from "../fixtures/bundledBeforeHanoi";

// Written for this test, in the manner of the reports of 28 February 2019.
const FOLLOW_UP = `Summit ends without a deal
The second summit between Donald Trump and Kim Jong-un ended without an agreement in Hanoi on Thursday, the White House said. Mr Trump and Mr Kim first met in Singapore last June. North Korea's foreign minister will hold a news conference on Friday.`;

const fakeIo = (files: Record<string, string>) => fakeCliIo(files, undefined, 120);

const timelineText = () => JSON.stringify(bundledBeforeHanoi(), null, 2);
const ARGS = ["follow-up.txt", "--published", "2019-02-28", "--publisher", "AP", "--url", "https://example.org/hanoi"];

describe("npm run extract -- --into", () => {
  it("adds the article to the timeline and writes it back, saying what it did with each candidate", () => {
    const f = fakeIo({ "follow-up.txt": FOLLOW_UP, "timeline.json": timelineText() });
    expect(runExtractCli([...ARGS, "--into", "timeline.json"], f.io)).toBe(0);
    expect(f.err()).toBe("");
    const { dataset, issues } = validateDataset(JSON.parse(f.written["timeline.json"]));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(dataset!.sources.at(-1)).toEqual({ id: "ap-2019-02-28", publisher: "AP", title: "Summit ends without a deal", published: "2019-02-28", url: "https://example.org/hanoi" });
    const outcome = dataset!.events.find((e) => e.links?.some((l) => l.type === "outcome-of" && l.event === "second-summit"));
    expect(outcome).toMatchObject({ when: "2019-02-28", status: "happened", place: "Hanoi" });
    expect(dataset!.events.find((e) => e.id === "singapore-summit")!.evidence.at(-1)).toEqual({ source: "ap-2019-02-28", quote: "Mr Trump and Mr Kim first met in Singapore last June." });
    expect(dataset!.events.at(-1)).toMatchObject({ when: "2019-03-01", status: "planned", evidence: [{ source: "ap-2019-02-28" }] });

    const out = f.out();
    expect(out).toMatch(/“on Thursday”: The second summit[^\n]*\n {2}→ Status: planned → happened for “Second Trump–Kim summit”: its outcome “[^”]+”, linked to it \[second-summit\] \(score 0\.\d\d, the dates overlap/);
    expect(out).toMatch(/“last June”[^\n]*\n {2}→ New evidence for “Trump and Kim meet in Singapore” \[singapore-summit\]/);
    expect(out).toMatch(/“on Friday”[^\n]*\n {2}→ New event “North Korea's foreign minister will hold a news conference”\n/);
    expect(out).toMatch(/Added source "ap-2019-02-28" and 3 of 3 candidate\(s\) to timeline\.json/);
  });

  it("--out writes the result elsewhere and leaves the timeline file alone", () => {
    const f = fakeIo({ "follow-up.txt": FOLLOW_UP, "timeline.json": timelineText() });
    expect(runExtractCli([...ARGS, "--into", "timeline.json", "--out", "after.json"], f.io)).toBe(0);
    expect(Object.keys(f.written)).toEqual(["after.json"]);
    expect(f.out()).toMatch(/to after\.json \(from timeline\.json\)/);
  });

  it("reads a timeline of an older version and writes it in the current one", () => {
    const v1 = { ...bundledBeforeHanoi(), version: 1 } as Dataset & { version: number };
    for (const e of v1.events) {
      delete e.claims;
      delete e.links;
    }
    const f = fakeIo({ "follow-up.txt": FOLLOW_UP, "old.json": JSON.stringify(v1) });
    expect(runExtractCli([...ARGS, "--into", "old.json"], f.io)).toBe(0);
    expect(JSON.parse(f.written["old.json"]).version).toBe(2);
  });

  it("a timeline it cannot use stops it with the file and the place named, before anything is written", () => {
    const broken = JSON.parse(timelineText());
    broken.events[3].when = "sometime in spring";
    const cases: [Record<string, string>, RegExp][] = [
      [{ "t.json": "{\n  \"version\": 2,\n  \"title\": \"x\",\n}" }, /the timeline "t\.json" cannot be used; fix it first:\n {2}t\.json: line 4, column 1: /],
      [{ "t.json": JSON.stringify(broken) }, /t\.json: events\[3\]\.when: /],
      [{ "t.json": JSON.stringify({ version: 2, title: "No sources", sources: [], events: [] }) }, /t\.json: sources: needs at least one source/],
      [{}, /cannot read the timeline "t\.json": no such file/],
    ];
    for (const [files, message] of cases) {
      const f = fakeIo({ "follow-up.txt": FOLLOW_UP, ...files });
      expect(runExtractCli([...ARGS, "--into", "t.json"], f.io)).toBe(2);
      expect(f.err()).toMatch(message);
      expect(f.written).toEqual({});
      expect(f.out()).toBe("");
    }
  });

  it("refuses a link that is not http(s)", () => {
    const f = fakeIo({ "follow-up.txt": FOLLOW_UP, "timeline.json": timelineText() });
    expect(runExtractCli(["follow-up.txt", "--published", "2019-02-28", "--url", "javascript:alert(1)", "--into", "timeline.json"], f.io)).toBe(2);
    expect(f.err()).toMatch(/--url must be an http:\/\/ or https:\/\/ address/);
  });

  it("--help says which matches are applied and when a new event is added", () => {
    const f = fakeIo({});
    expect(runExtractCli(["--help"], f.io)).toBe(0);
    expect(f.out()).toMatch(/--into TIMELINE\.json/);
    expect(f.out()).toMatch(/A match scoring 0\.55 or more is applied/);
    expect(f.out()).toMatch(/at least 0\.5 sure of its date/);
  });
});
