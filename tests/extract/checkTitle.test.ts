import { describe, expect, it } from "vitest";
import { checkTitle, TITLE_MAX_CHARS } from "../../src/extract/checkTitle";

const kinds = (title: string, source?: string) => checkTitle(title, source).problems.map((p) => p.kind);

describe("checkTitle: a draft title reads as a headline", () => {
  const SOURCE = "NATO admitted West Germany in 1955 and Spain in 1982. Czech Foreign Minister Jan Kavan said the three would join on Friday.";

  it("who did what, short, spelled as the text spells it, passes", () => {
    expect(checkTitle("Spain joins NATO", SOURCE)).toEqual({ pass: true, problems: [] });
    expect(checkTitle("NATO admitted West Germany", SOURCE).pass).toBe(true);
    expect(checkTitle("Ten nations sign treaty to join European Union").pass).toBe(true);
    expect(checkTitle("The talks collapsed").pass).toBe(true);
  });

  it("a piece of a list with no verb fails: it says no one did anything", () => {
    expect(kinds("Germany in 1955 and Spain", SOURCE)).toContain("no-verb");
  });

  it("a fragment that opens with a clause before its verb fails", () => {
    expect(kinds("A time when the West was intent on expansion")).toContain("no-subject");
    expect(kinds("In Geneva the talks resumed")).toContain("no-subject");
    expect(kinds("Was to address the nation")).toContain("no-subject");
  });

  it(`longer than ${TITLE_MAX_CHARS} characters, or cut off with an ellipsis mid-word, fails`, () => {
    expect(kinds("Czech Foreign Minister Jan Kavan sai…", SOURCE)).toContain("cut-off");
    expect(kinds("Czech Foreign Minister Jan Kavan said the three former Warsaw Pact states would join")).toContain("too-long");
  });

  it("a title ending on a word that needs more after it dangles", () => {
    expect(kinds("Reagan replied with an offer to")).toContain("dangling");
    expect(kinds("The leaders met in London and")).toContain("dangling");
  });

  it("an acronym spelled differently from the text fails: NATO, not Nato", () => {
    expect(checkTitle("Spain joins Nato", SOURCE).problems).toEqual([{ kind: "spelling", detail: '"Nato": the text writes "NATO"' }]);
    // The first word may be capitalised where the text has it in lower case.
    expect(checkTitle("Talks collapsed", "The talks collapsed on Friday.").pass).toBe(true);
  });

  it("an open bracket or quotation mark fails; an empty title fails", () => {
    expect(kinds('Reagan called SDI "a shield')).toContain("unbalanced");
    expect(kinds("")).toEqual(["empty"]);
    expect(kinds("Untitled event")).toEqual(["empty"]);
  });
});
