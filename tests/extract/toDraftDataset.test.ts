import { describe, expect, it } from "vitest";
import { toDraftDataset } from "../../src/extract";
import type { CandidateEvent } from "../../src/extract";
import { extract } from "./helpers";

const SOURCE = { id: "wire-1993", publisher: "Wire", title: "Israel and PLO sign peace accord", published: "1993-09-13" };

describe("toDraftDataset", () => {
  it("builds a current-version dataset with one source, the actors' labels and every accepted event", () => {
    const r = extract("Yitzhak Rabin and Yasser Arafat shook hands at the White House on Monday. The PLO was founded in 1964.", "1993-09-13");
    const { dataset, issues } = toDraftDataset(r.candidates, SOURCE, { title: "Oslo accord" });
    expect(issues).toEqual([]);
    expect(dataset).toMatchObject({ version: 2, title: "Oslo accord", asOf: "1993-09-13", sources: [SOURCE] });
    expect(dataset.events.map((e) => [e.when, e.timePhrase])).toEqual([["1993-09-13", "on Monday"], ["1964", "in 1964"]]);
    expect(dataset.actors).toEqual([
      { id: "israel", label: "Israel" },
      { id: "palestine", label: "Palestinian territories" },
      { id: "united-states", label: "United States" },
      { id: "plo", label: "Palestine Liberation Organization" },
    ]);
  });

  it("labels an actor as the text spells it: NATO in wire copy, Nato in the BBC's style", () => {
    const wire = extract("Poland joined NATO on Friday.", "1999-03-13");
    expect(toDraftDataset(wire.candidates, SOURCE).dataset.actors).toContainEqual({ id: "nato", label: "NATO" });
    const bbc = extract("Poland joined Nato on Friday.", "1999-03-13");
    expect(toDraftDataset(bbc.candidates, SOURCE).dataset.actors).toContainEqual({ id: "nato", label: "Nato" });
  });

  it("keeps ids unique and labels actors a person added by hand with their id", () => {
    const r = extract("They met on Monday. They met on Monday.", "1993-09-13");
    const edited: CandidateEvent[] = r.candidates.map((c) => ({ ...c, actors: ["village-council"] }));
    const { dataset } = toDraftDataset(edited, SOURCE);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(2);
    expect(dataset.actors).toEqual([{ id: "village-council", label: "village-council" }]);
  });

  it("an empty selection is still a valid dataset", () => {
    expect(toDraftDataset([], SOURCE).dataset.events).toEqual([]);
  });
});
