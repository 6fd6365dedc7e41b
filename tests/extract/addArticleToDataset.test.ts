import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/extract";
import { addArticleToDataset, type ArticleSource, type Decision } from "../../src/extract/addArticleToDataset";
import { asOfView } from "../../src/domain/asOfView";
import { validateDataset } from "../../src/domain/validateDataset";
import { bundledBeforeHanoi } from "../fixtures/bundledBeforeHanoi";

const SOURCE: ArticleSource = { publisher: "Test Wire", title: "Summit ends without a deal", published: "2019-02-28", url: "https://example.org/summit" };
const candidateOf = (sentence: string, published = SOURCE.published) => {
  const [c] = extractEvents(sentence, { published }).candidates;
  return c;
};
const HANOI = "The second summit between Donald Trump and Kim Jong-un ended without an agreement in Hanoi on Thursday.";

describe("addArticleToDataset", () => {
  it("adds the source with an unused id, and never changes the dataset it was given", () => {
    const before = bundledBeforeHanoi();
    const copy = structuredClone(before);
    const { dataset, sourceId } = addArticleToDataset(before, SOURCE, []);
    expect(before).toEqual(copy);
    expect(sourceId).toBe("test-wire-2019-02-28");
    expect(dataset.sources.at(-1)).toEqual({ id: "test-wire-2019-02-28", publisher: "Test Wire", title: "Summit ends without a deal", published: "2019-02-28", url: "https://example.org/summit" });
    // The same article twice gets a second id.
    expect(addArticleToDataset(dataset, SOURCE, []).sourceId).toBe("test-wire-2019-02-28-2");
  });

  it("a plan's outcome is a new event linked to the plan, which stays as it was reported", () => {
    const before = bundledBeforeHanoi();
    const plan = before.events.find((e) => e.id === "second-summit")!;
    const { dataset, changes } = addArticleToDataset(before, SOURCE, [{ candidate: candidateOf(HANOI), action: "status-change", eventId: "second-summit" }]);
    expect(validateDataset(dataset).issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(dataset.events.find((e) => e.id === "second-summit")).toEqual(plan);
    const outcome = dataset.events.find((e) => e.links?.some((l) => l.type === "outcome-of" && l.event === "second-summit"))!;
    expect(outcome).toMatchObject({
      when: "2019-02-28",
      status: "happened",
      place: "Hanoi",
      category: "summit",
      actors: ["us", "dprk"],
      evidence: [{ source: "test-wire-2019-02-28", quote: HANOI }],
      claims: [{ source: "test-wire-2019-02-28", when: "2019-02-28", status: "happened", quote: HANOI }],
    });
    // The outcome has the plan's cast: Vietnam, named only as where Hanoi is, makes no new lane.
    expect(dataset.actors.map((a) => a.id)).toEqual([...before.actors.map((a) => a.id)]);
    expect(changes).toEqual([{ candidateId: expect.any(String), eventId: outcome.id, done: "added", words: `Status: planned → happened for “Second Trump–Kim summit”: its outcome “${outcome.title}”, linked to it` }]);

    // As of 18 January the outcome is not known; as of 1 March it is, beside the plan.
    expect(asOfView(dataset, "2019-01-18").events.some((e) => e.id === outcome.id)).toBe(false);
    const march = asOfView(dataset, "2019-03-01");
    expect(march.events.find((e) => e.id === outcome.id)?.links).toEqual([{ type: "outcome-of", event: "second-summit" }]);
    expect(march.events.find((e) => e.id === "second-summit")?.status).toBe("planned");
  });

  it("a more precise date is a claim of the new source; the earlier claim stays", () => {
    const published = "2019-02-06";
    const c = extractEvents("The White House said on Tuesday that the summit will be held in Hanoi on 27 and 28 February.", { published }).candidates.find((x) => x.when === "2019-02-27/2019-02-28")!;
    const { dataset } = addArticleToDataset(bundledBeforeHanoi(), { ...SOURCE, published }, [{ candidate: c, action: "more-precise", eventId: "second-summit" }]);
    const summit = dataset.events.find((e) => e.id === "second-summit")!;
    expect(summit.claims?.map((x) => [x.source, x.when, x.status])).toEqual([
      ["bbc-2019-01-18", "[..2019-02-28]", "planned"],
      ["test-wire-2019-02-06", "2019-02-27/2019-02-28", "planned"],
    ]);
    // The event's own fields are what the latest source says.
    expect(summit).toMatchObject({ when: "2019-02-27/2019-02-28", status: "planned", place: "Hanoi" });
    expect(asOfView(dataset, "2019-01-18").events.find((e) => e.id === "second-summit")).toMatchObject({ when: "[..2019-02-28]", timePhrase: "by the end of February" });
    expect(asOfView(dataset, "2019-02-06").events.find((e) => e.id === "second-summit")?.when).toBe("2019-02-27/2019-02-28");
  });

  it("an event with no claims first records what its fields say, from its earliest source, so nothing is lost", () => {
    const before = bundledBeforeHanoi();
    const c = candidateOf("Officials expect Kim Jong-un to visit Beijing again on 20 June.", "2018-06-01");
    // A made-up case: a speculated trip now planned.
    const speculated = { ...before, events: before.events.map((e) => (e.id === "kim-beijing-june-2018" ? { ...e, status: "speculated" as const, when: "2018-06" } : e)) };
    const { dataset } = addArticleToDataset(speculated, { ...SOURCE, published: "2018-06-01" }, [{ candidate: c, action: "status-change", eventId: "kim-beijing-june-2018" }]);
    const trip = dataset.events.find((e) => e.id === "kim-beijing-june-2018")!;
    expect(trip.claims?.[0]).toMatchObject({ source: "caixin-2018-06-20", when: "2018-06", status: "speculated" });
    expect(trip.claims?.[1]).toMatchObject({ source: "test-wire-2018-06-01", status: c.status });
  });

  it("evidence is added once per sentence, and a new event gets the timeline's actor ids", () => {
    const before = bundledBeforeHanoi();
    const restated = candidateOf("Mr Trump and Mr Kim first met in Singapore last June.");
    const fresh = candidateOf("North Korea's foreign minister will hold a news conference on Friday.");
    const decisions: Decision[] = [
      { candidate: restated, action: "evidence", eventId: "singapore-summit" },
      { candidate: restated, action: "evidence", eventId: "singapore-summit" },
      { candidate: fresh, action: "new-event" },
    ];
    const { dataset, changes } = addArticleToDataset(before, SOURCE, decisions);
    const summit = dataset.events.find((e) => e.id === "singapore-summit")!;
    expect(summit.evidence.filter((e) => e.source === "test-wire-2019-02-28")).toEqual([{ source: "test-wire-2019-02-28", quote: "Mr Trump and Mr Kim first met in Singapore last June." }]);
    const added = dataset.events.at(-1)!;
    expect(added).toMatchObject({ when: "2019-03-01", status: "planned", actors: ["dprk"] });
    expect(changes.map((c) => c.words)).toEqual(["New evidence for “Trump and Kim meet in Singapore”", "New evidence for “Trump and Kim meet in Singapore”", `New event “${added.title}”`]);
  });

  it("refuses an event that is not there, naming it", () => {
    expect(() => addArticleToDataset(bundledBeforeHanoi(), SOURCE, [{ candidate: candidateOf(HANOI), action: "evidence", eventId: "no-such-event" }])).toThrow(/no event “no-such-event”/);
  });

  it("refuses a publication day that is not a calendar day, naming the field", () => {
    expect(() => addArticleToDataset(bundledBeforeHanoi(), { ...SOURCE, published: "2019-02-30" }, [])).toThrow(/sources\[\d+\]\.published/);
  });
});
