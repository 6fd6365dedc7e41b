/**
 * Matching a follow-up article's candidates to the bundled timeline's events. The sentences are
 * written for these tests in the manner of the reports of the time; the threshold (MATCH_THRESHOLD)
 * sits between what the sentences about the same happening score and what the others do.
 */
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/extract";
import { contentWords, datesTheReport, matchCandidates, MATCH_THRESHOLD, MAX_ALTERNATIVES, type CandidateMatch } from "../../src/extract/matchCandidates";
import { bundledBeforeHanoi, bundledDataset } from "../fixtures/bundledBeforeHanoi";

function matchOne(sentence: string, published: string, dataset = bundledBeforeHanoi()): CandidateMatch {
  const { candidates } = extractEvents(sentence, { published });
  expect(candidates).toHaveLength(1);
  return matchCandidates(candidates, dataset, published)[0];
}

describe("matchCandidates", () => {
  it("the Hanoi follow-up is the planned second summit, now happened: a status change", () => {
    const m = matchOne("The second summit between Donald Trump and Kim Jong-un ended without an agreement in Hanoi on Thursday, the White House said.", "2019-02-28");
    expect(m.candidate.when).toBe("2019-02-28");
    expect(m.proposal).toMatchObject({ kind: "status-change", eventId: "second-summit" });
    if (m.proposal.kind === "new-event") throw new Error("unreachable");
    expect(m.proposal.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD + 0.1);
    expect(m.proposal.reasons).toEqual(expect.arrayContaining(["the dates overlap", "both name United States and North Korea", "status planned → happened"]));
  });

  it("once the timeline has the outcome, the same sentence is evidence for it, not a second outcome", () => {
    const m = matchOne("The second summit between Donald Trump and Kim Jong-un ended without an agreement in Hanoi on Thursday, the White House said.", "2019-02-28", bundledDataset());
    expect(m.proposal).toMatchObject({ kind: "evidence", eventId: "hanoi-summit" });
  });

  it("a sentence restating the Singapore summit is evidence for it", () => {
    const m = matchOne("Mr Trump and Mr Kim first met in Singapore last June.", "2019-02-28");
    expect(m.proposal).toMatchObject({ kind: "evidence", eventId: "singapore-summit" });
  });

  it("a sentence restating Kim's January trip to Beijing is evidence, though the timeline dates it to the day and the sentence to the month", () => {
    const m = matchOne("China's president Xi Jinping hosted Kim Jong-un in Beijing in January.", "2019-02-06");
    expect(m.proposal).toMatchObject({ kind: "evidence", eventId: "kim-beijing-january-2019" });
  });

  it("an unrelated dated sentence is a new event, even inside the summit's window or the day after it", () => {
    for (const [sentence, published] of [
      ["Vietnam's prime minister flew to Tokyo on Tuesday for talks on trade.", "2019-02-06"],
      ["North Korea's foreign minister will hold a news conference on Friday.", "2019-02-28"],
      ["Venezuela's opposition leader declared himself interim president on Wednesday.", "2019-01-24"],
    ]) {
      const m = matchOne(sentence, published);
      expect(m.proposal.kind, sentence).toBe("new-event");
    }
  });

  it("an exact day inside the planned window is a more precise date; the day it was announced is not", () => {
    const published = "2019-02-06";
    const { candidates } = extractEvents("The White House said on Tuesday that the summit will be held in Hanoi on 27 and 28 February.", { published });
    const matches = matchCandidates(candidates, bundledBeforeHanoi(), published);
    const byWhen = Object.fromEntries(matches.map((m) => [m.candidate.when, m.proposal]));
    expect(byWhen["2019-02-27/2019-02-28"]).toMatchObject({ kind: "more-precise", eventId: "second-summit" });
    // "said on Tuesday" dates the statement: more evidence, never "the summit happened on Tuesday".
    expect(byWhen["2019-02-05"]).toMatchObject({ kind: "evidence", eventId: "second-summit" });
  });

  it("a day of a two-day visit is evidence for it, not a more precise date", () => {
    const m = matchOne("Kim Jong-un arrived in Beijing for talks with Xi Jinping on 19 June.", "2018-06-20", bundledDataset());
    expect(m.proposal).toMatchObject({ kind: "evidence", eventId: "kim-beijing-june-2018" });
  });

  it("lists the other events it could be, best first, for the reviewer", () => {
    const m = matchOne("The second summit between Donald Trump and Kim Jong-un ended without an agreement in Hanoi on Thursday.", "2019-02-28");
    expect(m.alternatives[0].eventId).toBe("second-summit");
    expect(m.alternatives.map((a) => a.eventId)).toContain("vietnam-venue-speculation");
    expect(m.alternatives.map((a) => a.score)).toEqual([...m.alternatives.map((a) => a.score)].sort((a, b) => b - a));
  });

  it("lists at most a reviewer's handful of alternatives, however many events are alike", () => {
    const dataset = bundledBeforeHanoi();
    const summit = dataset.events.find((e) => e.id === "second-summit")!;
    const many = { ...dataset, events: [...dataset.events, ...Array.from({ length: 60 }, (_, i) => ({ ...summit, id: `summit-copy-${i}` }))] };
    const m = matchOne("The second summit between Donald Trump and Kim Jong-un ended without an agreement in Hanoi on Thursday.", "2019-02-28", many);
    expect(m.alternatives).toHaveLength(MAX_ALTERNATIVES);
    expect(m.proposal.kind).toBe("status-change");
  });
});

describe("what the matcher reads", () => {
  it("content words leave out stop words, weekdays and numbers, and a plural's s", () => {
    expect([...contentWords("The leaders met on Thursday in 2019 for two summits")]).toEqual(["met", "summit"]);
  });

  it("a date after a reporting verb is the day it was said", () => {
    const [said] = extractEvents("Officials announced on Monday that talks would resume.", { published: "2019-02-06" }).candidates;
    expect(datesTheReport(said)).toBe(true);
    const [met] = extractEvents("The two sides met on Monday.", { published: "2019-02-06" }).candidates;
    expect(datesTheReport(met)).toBe(false);
  });
});
