/**
 * Draft titles name who did what, as a headline does, and pass the title rubric (checkTitle).
 */
import { describe, expect, it } from "vitest";
import { checkTitle } from "../../src/extract/checkTitle";
import { extract } from "./helpers";

/** The titles of every candidate in a text, by phrase. */
const titles = (text: string, published: string) => Object.fromEntries(extract(text, published).candidates.map((c) => [c.phrase.text, c.title]));

describe("titles: who did what, under 60 characters, as the text spells it", () => {
  it("a list of objects with a date each: each date gets its own object ('NATO admitted Spain')", () => {
    const t = titles("NATO admitted West Germany in 1955 and Spain in 1982.", "1999-03-12");
    expect(t["in 1955"]).toBe("NATO admitted West Germany");
    expect(t["in 1982"]).toBe("NATO admitted Spain");
  });

  it("a second subject sharing the verb ('and Bosnia in March 1992') takes the verb and its object", () => {
    const text = "Slovenia and Croatia declared independence from Yugoslavia in June 1991, and Bosnia in March 1992.";
    const t = titles(text, "1995-11-22");
    expect(t["June 1991"]).toBe("Slovenia and Croatia declared independence from Yugoslavia");
    expect(t["March 1992"]).toBe("Bosnia declared independence from Yugoslavia");
  });

  it("a clause with no subject of its own takes the sentence's subject", () => {
    const t = titles("Reagan flew back to Washington the same evening and was to address the nation on Monday night.", "1986-10-13");
    expect(t["on Monday night"]).toBe("Reagan was to address the nation");
  });

  it("a dateline and an opening adverbial are not part of the title", () => {
    const text = "DAYTON, Ohio (Wire) - Nov 22 - The presidents of Bosnia, Serbia and Croatia initialled a peace agreement for Bosnia on Tuesday, ending three weeks of talks.";
    const t = titles(text, "1995-11-22");
    expect(t["on Tuesday"]).toMatch(/^The presidents\b.*initialled a peace agreement/);
    expect(t["on Tuesday"].length).toBeLessThanOrEqual(60);
    const before = "Holbrooke spoke on Tuesday. The day before, Bosnian President Alija Izetbegovic had rejected a map that left the town of Brcko undecided.";
    expect(titles(before, "1995-11-22")["The day before"]).toBe(
      "Alija Izetbegovic had rejected a map",
    );
  });

  it("a plan told in reported speech keeps who made it, not a pronoun", () => {
    const t = titles("Megrahi's lawyers said they had decided to appeal and planned to file formal notice on Monday.", "2001-01-31");
    expect(t["on Monday"]).toBe("Megrahi's lawyers planned to file formal notice");
  });

  it("an attribution at the end ('aides said') is left out", () => {
    const t = titles("He and Shevardnadze agreed to meet in Vienna in early November, aides said.", "1986-10-13");
    expect(t["in early November"]).toBe("He and Shevardnadze agreed to meet in Vienna");
  });

  it("a long sentence is cut at a clause or phrase boundary, never mid-word and without an ellipsis", () => {
    const text = "Czech Foreign Minister Jan Kavan said on Friday that the Czech Republic, Hungary and Poland would formally join the alliance at a ceremony in Independence, Missouri.";
    const title = titles(text, "1999-03-12")["on Friday"];
    expect(checkTitle(title, text)).toEqual({ pass: true, problems: [] });
  });

  it("acronyms stay as the text writes them", () => {
    const text = "The NATO allies signed the protocols in December 1997.";
    expect(titles(text, "1999-03-12")["December 1997"]).toBe("The NATO allies signed the protocols");
  });

  it("a date used as an adjective leaves its noun with its article", () => {
    expect(titles("The 1992 referendum on independence was boycotted by most Serbs.", "1995-11-22")["The 1992"]).toBe(
      "The referendum on independence was boycotted by most Serbs",
    );
  });

  it("a date in the possessive becomes 'the': 'killed by Sunday's earthquake'", () => {
    const t = titles("Thousands were killed by Sunday's earthquake.", "2004-12-28");
    expect(t["Sunday"]).toBe("Thousands were killed by the earthquake");
  });
});
