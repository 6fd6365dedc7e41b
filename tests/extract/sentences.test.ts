import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("ends a sentence at a line break even without a full stop (captions, headings)", () => {
    expect(texts("Image caption\n\nKim Yong-chol is close to the leader\nNo venue has been announced.")).toEqual([
      "Image caption",
      "Kim Yong-chol is close to the leader",
      "No venue has been announced.",
    ]);
  });

  it("does not end a sentence after titles, initials, month abbreviations or U.S.", () => {
    expect(texts("Mr. Trump met Dr. Kim on Sept. 13 in the U.S. Capitol. John F. Kennedy spoke. He left.")).toEqual([
      "Mr. Trump met Dr. Kim on Sept. 13 in the U.S. Capitol.",
      "John F. Kennedy spoke.",
      "He left.",
    ]);
  });

  it("ends at ! and ? and after closing quotes", () => {
    expect(texts("Is it over? “It is.” Yes! Fine.")).toEqual(["Is it over?", "“It is.”", "Yes!", "Fine."]);
  });

  it("gives offsets that slice the original text", () => {
    const text = "  First one.  Second one?\r\nThird";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(["First one.", "Second one?", "Third"]);
  });
});
