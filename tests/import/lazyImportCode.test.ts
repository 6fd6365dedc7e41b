/**
 * A `?data=` page loads zod (the validator's wording) and edtf.js only when its file needs them
 * (importInSlices.ts). Each test imports the app's modules afresh, as a page starts: without the
 * two modules the test setup loads for every other test.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";

type Modules = {
  importInSlices: typeof import("../../src/import/importInSlices").importInSlices;
  checkDatasetSteps: typeof import("../../src/domain/checkDataset").checkDatasetSteps;
  parseFuzzyDate: typeof import("../../src/domain/readFuzzyDate").parseFuzzyDate;
  CodeNeeded: typeof import("../../src/domain/codeNeeded").CodeNeeded;
};

let fresh: Modules;
beforeEach(async () => {
  vi.resetModules();
  const [slices, check, dates, needed] = await Promise.all([
    import("../../src/import/importInSlices"),
    import("../../src/domain/checkDataset"),
    import("../../src/domain/readFuzzyDate"),
    import("../../src/domain/codeNeeded"),
  ]);
  fresh = { importInSlices: slices.importInSlices, checkDatasetSteps: check.checkDatasetSteps, parseFuzzyDate: dates.parseFuzzyDate, CodeNeeded: needed.CodeNeeded };
});

const asText = (value: unknown) => ({ text: JSON.stringify(value) });
const open = (value: unknown, fileName = "data.json") => fresh.importInSlices(asText(value), { fileName, importedOn: "2019-01-18" }, { sliceMs: 0 });

/** Whether zod's wording is loaded: checking a dataset with a problem needs it. */
function wordingLoaded(): boolean {
  try {
    fresh.checkDatasetSteps(makeDataset([makeEvent({ title: 7 })])).next();
    return true;
  } catch (e) {
    if (e instanceof fresh.CodeNeeded) return false;
    throw e;
  }
}

/** Whether edtf.js is loaded: a date with unspecified digits needs it. */
function edtfLoaded(): boolean {
  try {
    fresh.parseFuzzyDate("1999-0X-1X");
    return true;
  } catch (e) {
    if (e instanceof fresh.CodeNeeded) return false;
    throw e;
  }
}

describe("the code a ?data= file needs, loaded as it needs it", () => {
  it("a valid file of plain dates opens without zod or edtf.js", async () => {
    const result = await open(makeDataset([makeEvent(), makeEvent({ id: "hanoi-summit", title: "Hanoi summit", when: "2019-02-27/2019-02-28" })]));
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["singapore-summit", "hanoi-summit"]);
    expect(result.issues).toEqual([]);
    expect(wordingLoaded()).toBe(false);
    expect(edtfLoaded()).toBe(false);
  });

  it("a valid TimelineJS file opens without zod or edtf.js", async () => {
    const timelineJs = {
      title: { text: { headline: "Summits" } },
      events: [
        { start_date: { year: "2018", month: "6", day: "12" }, text: { headline: "Singapore summit", text: "<p>The <b>first</b> meeting.</p>" } },
        { start_date: { year: "2019", month: "2" }, end_date: { year: "2019", month: "3" }, text: { headline: "Hanoi" } },
      ],
    };
    const result = await open(timelineJs, "summits.json");
    expect(result.format).toBe("timelinejs");
    expect(result.dataset?.events.map((e) => [e.title, e.when])).toEqual([
      ["Singapore summit", "2018-06-12"],
      ["Hanoi", "2019-02/2019-03"],
    ]);
    expect(wordingLoaded()).toBe(false);
    expect(edtfLoaded()).toBe(false);
  });

  it("a problem is still caught and worded with its field and place: the wording loads for it", async () => {
    const result = await open(makeDataset([makeEvent(), makeEvent({ id: "no-title", title: undefined }), makeEvent({ id: "bad-status", status: "maybe" })]));
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["singapore-summit"]);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "events[1].title", message: "is missing (expected text)", severity: "error" }),
        expect.objectContaining({ path: "events[2].status", message: expect.stringMatching(/^must be one of happened, planned/), severity: "error" }),
      ]),
    );
    expect(wordingLoaded()).toBe(true);
  });

  it("a problem at the top level or in a source is worded too", async () => {
    const noTitle = await open(makeDataset([makeEvent()], { title: "" }));
    expect(noTitle.dataset).toBeUndefined();
    expect(noTitle.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: "title", message: "must not be empty" })]));
    const badSource = await open(makeDataset([makeEvent()], { sources: [{ id: "bbc", publisher: "BBC", title: "T", url: "javascript:alert(1)" }] }));
    expect(badSource.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: "sources[0].url", message: "must be an http:// or https:// address" })]));
  });

  it("a date in an unusual EDTF form loads edtf.js and opens as it would with it at hand", async () => {
    const unusual = makeDataset([
      makeEvent({ id: "some-day-in-february", when: "2019-02-XX" }),
      makeEvent({ id: "one-of-two-days", title: "One of two days", when: "[2019-01-18..2019-02-28]" }),
      makeEvent({ id: "about-2019", title: "About 2019", when: "2019~" }),
    ]);
    const result = await open(unusual);
    expect(result.issues).toEqual([]);
    expect(result.dataset?.events.map((e) => e.when)).toEqual(["2019-02-XX", "[2019-01-18..2019-02-28]", "2019~"]);
    expect(edtfLoaded()).toBe(true);
    // Read by edtf.js: the days of February 2019.
    const february = fresh.parseFuzzyDate("2019-02-XX");
    expect(february.ok && february.date.precision).toBe("month");
    expect(wordingLoaded()).toBe(false);
  });

  it("an impossible date is refused with edtf.js's words, at its place", async () => {
    const result = await open(makeDataset([makeEvent(), makeEvent({ id: "leap", title: "No such day", when: "2019-02-29" })]));
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["singapore-summit"]);
    expect(result.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: "events[1].when", message: '"2019-02-29" has no such day: February 2019 has 28 days' })]));
  });

  it("a date written another way is refused with the hint on how to write it, at its place", async () => {
    const result = await open(makeDataset([makeEvent(), makeEvent({ id: "slashes", title: "Slashes", when: "2019/01/18" })]));
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["singapore-summit"]);
    expect(result.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: "events[1].when", message: 'not an EDTF date: "2019/01/18" (write 2019-01-18)' })]));
  });
});
