import { describe, expect, it } from "vitest";
import { slugify, unusedId } from "../../src/domain/slugify";

describe("ids from words", () => {
  it("a slug drops accents and punctuation, and is cut on a whole character", () => {
    expect(slugify("Kim Yong-chol visits Washington!")).toBe("kim-yong-chol-visits-washington");
    expect(slugify("Café naïve")).toBe("cafe-naive");
    expect(slugify("!!!")).toBe("");
    expect(slugify("a b c d", 4)).toBe("a-b");
  });
  it("an id already taken gets the first free number", () => {
    expect(unusedId("summit", new Set())).toBe("summit");
    expect(unusedId("summit", new Set(["summit"]))).toBe("summit-2");
    expect(unusedId("summit", new Set(["summit", "summit-2", "summit-3"]))).toBe("summit-4");
  });
});
