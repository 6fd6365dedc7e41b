import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import data from "../../data/events.json";
import { validateDataset } from "../../src/domain/validateDataset";
import { toTimeline } from "../../src/domain/toTimeline";
import { dayOf } from "../../src/domain/fuzzyDate";
import { fuzzyDate } from "../../src/domain/parseFuzzyDate";
import { asOfView } from "../../src/domain/asOfView";

const result = validateDataset(data);
const dataset = result.dataset!;
const article = dataset.sources.find((s) => s.id === "bbc-2019-01-18")!;
const articleText = readFileSync(new URL(`../../data/${article.file}`, import.meta.url), "utf8");
/** The timeline as the article knew it: the later reports' events and claims are not in it. */
const asReported = asOfView(dataset, dataset.asOf!);

/**
 * What each time phrase of the article means, resolved by hand against its publication day
 * (Friday 18 January 2019): the event's date must lie inside this range.
 */
const PHRASES: Record<string, { from: [number, number, number]; to: [number, number, number] } | "since-summit"> = {
  "last June": { from: [2018, 6, 1], to: [2018, 6, 30] },
  "last November": { from: [2018, 11, 1], to: [2018, 11, 30] },
  "on Friday": { from: [2019, 1, 18], to: [2019, 1, 18] },
  "by the end of February": { from: [2019, 1, 18], to: [2019, 2, 28] },
  "earlier last year": { from: [2018, 1, 1], to: [2018, 12, 31] },
  // "its first official report of a weapons test in a year": the one before, about a year earlier.
  "in a year": { from: [2017, 9, 1], to: [2018, 1, 31] },
  "since the summit": "since-summit",
  "since the last summit": "since-summit",
  "since their historic summit in Singapore last June": "since-summit",
};

describe("the bundled dataset", () => {
  it("is valid, with no issues", () => {
    expect(result.issues).toEqual([]);
    expect(dataset.events.length).toBeGreaterThanOrEqual(20);
  });

  it("records the article's own metadata", () => {
    expect(article).toMatchObject({ publisher: "BBC News", title: "Trump to meet Kim Jong-un for second summit by end of February", published: "2019-01-18" });
    expect(dataset.asOf).toBe("2019-01-18");
  });

  it("ships the article text, identical to the source", () => {
    expect(articleText).toBe(readFileSync(new URL("../../data/sources/bbc-2019-01-18-trump-kim-second-summit.txt", import.meta.url), "utf8"));
    expect(articleText).toContain("Trump is to meet North Korean leader Kim Jong-un for a second summit by the end of February");
  });

  it("has at least one verbatim quote from the article for every event", () => {
    for (const event of asReported.events) {
      const quotes = event.evidence.filter((e) => e.source === article.id && e.quote).map((e) => e.quote!);
      expect(quotes.length, event.id).toBeGreaterThan(0);
      for (const quote of quotes) expect(articleText.includes(quote), `${event.id}: "${quote}"`).toBe(true);
    }
  });

  it("takes every time phrase from the article", () => {
    for (const event of asReported.events.filter((e) => e.timePhrase)) {
      expect(articleText.includes(event.timePhrase!), `${event.id}: "${event.timePhrase}"`).toBe(true);
    }
  });

  it("dates every event in agreement with its time phrase and the publication date", () => {
    const summit = fuzzyDate(dataset.events.find((e) => e.id === "singapore-summit")!.when);
    const published = dayOf(2019, 1, 18);
    for (const event of asReported.events.filter((e) => e.timePhrase)) {
      const when = fuzzyDate(event.when);
      const meaning = PHRASES[event.timePhrase!];
      expect(meaning, `no resolution written for "${event.timePhrase}"`).toBeDefined();
      if (meaning === "since-summit") {
        expect(when.start.earliestDay, event.id).toBe(summit.start.earliestDay);
        expect(when.end.latestDay, event.id).toBe(published);
      } else {
        const from = dayOf(...meaning.from);
        const to = dayOf(...meaning.to);
        expect(when.end.latestDay, event.id).toBeLessThanOrEqual(to);
        if (when.kind !== "deadline") expect(when.start.earliestDay, event.id).toBeGreaterThanOrEqual(from);
      }
    }
  });

  it("cites an extra source wherever it is more precise than the article", () => {
    const published = dayOf(2019, 1, 18);
    for (const event of dataset.events) {
      const when = fuzzyDate(event.when);
      // What the article itself pins down: the day it was published, and its end-of-February deadline.
      const onPublicationDay = when.start.earliestDay === published && when.end.latestDay === published;
      const articleDeadline = when.kind === "deadline" && when.end.latestDay === dayOf(2019, 2, 28);
      if (onPublicationDay || articleDeadline) continue;
      const meaning = event.timePhrase ? PHRASES[event.timePhrase] : undefined;
      const asVagueAsPhrase =
        typeof meaning === "object" && when.start.earliestDay === dayOf(...meaning.from) && when.end.latestDay === dayOf(...meaning.to);
      if (asVagueAsPhrase) continue;
      const extra = event.evidence.filter((e) => e.source !== article.id && e.note);
      expect(extra.length, `${event.id} (${event.when}) is more precise than the article: cite the source`).toBeGreaterThan(0);
    }
  });

  it("dates the four headline events as the article does", () => {
    const timeline = toTimeline(dataset, fuzzyDate);
    const byId = new Map(timeline.events.map((e) => [e.id, e]));
    expect(byId.get("singapore-summit")?.timePhrase).toBe("last June");
    expect(byId.get("tactical-weapon-test")?.timePhrase).toBe("last November");
    expect(byId.get("kim-yong-chol-white-house")?.when.edtf).toBe("2019-01-18");
    const summit = byId.get("second-summit")!;
    expect(summit.when.kind).toBe("deadline");
    expect(summit.status).toBe("planned");
    // The window opens when the White House spoke and closes at the end of February.
    expect(summit.extent).toEqual({ startDay: dayOf(2019, 1, 18), endDay: dayOf(2019, 2, 28) });
  });

  it("follows the story up: the second summit's outcome, reported on 28 February 2019, is its own event linked to the plan and unknown as of the article", () => {
    const outcome = dataset.events.find((e) => e.id === "hanoi-summit")!;
    expect(outcome).toMatchObject({ when: "2019-02-27/2019-02-28", status: "happened", place: "Hanoi", links: [{ type: "outcome-of", event: "second-summit" }] });
    const cited = new Set([...outcome.evidence, ...(outcome.claims ?? [])].map((e) => e.source));
    for (const id of cited) expect(dataset.sources.find((s) => s.id === id)?.published, id).toBe("2019-02-28");
    expect(asReported.events.map((e) => e.id)).not.toContain("hanoi-summit");
    expect(asReported.events).toHaveLength(dataset.events.length - 1);
    expect(asOfView(dataset, "2019-03-01").events.map((e) => e.id)).toContain("hanoi-summit");
  });
});
