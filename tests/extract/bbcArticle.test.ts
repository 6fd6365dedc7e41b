import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractEvents, toDraftDataset } from "../../src/extract";
import { validateDataset } from "../../src/domain/validateDataset";

const text = readFileSync(new URL("../../data/sources/bbc-2019-01-18-trump-kim-second-summit.txt", import.meta.url), "utf8");
const result = extractEvents(text, { published: "2019-01-18", sourceId: "bbc-2019-01-18" });
const byPhrase = (phrase: string) => result.candidates.find((c) => c.phrase.text === phrase);

describe("the BBC article of Friday 18 January 2019, end to end", () => {
  it.each([
    ["on Friday", "2019-01-18", "day", "happened", "Kim Yong-chol, who visited the White House on Friday, is close to the North Korean leader"],
    ["by the end of February", "[..2019-02-28]", "day", "planned", "US President Donald Trump is to meet North Korean leader Kim Jong-un for a second summit by the end of February, the White House says."],
    ["last June", "2018-06", "month", "happened", "Little progress has been made on denuclearisation since their historic summit in Singapore last June."],
    ["last November", "2018-11", "month", "happened", "It did however test out a new “high-tech” tactical weapon last November – its first official report of a weapons test in a year."],
  ])("finds the headline event dated %s as %s", (phrase, when, granularity, status, quote) => {
    const c = byPhrase(phrase);
    expect(c).toBeDefined();
    expect(c).toMatchObject({ when, granularity, status });
    expect(c!.sentence.text).toBe(quote);
    expect(text.slice(c!.phrase.start, c!.phrase.end)).toBe(phrase);
  });

  it("dates the other phrases the way a careful reader would", () => {
    expect(byPhrase("earlier last year")?.when).toBe("2018");
    expect(byPhrase("since the summit")?.when).toBe("2018-06/2019-01-18");
    expect(byPhrase("since the last summit")?.when).toBe("2018-06/2019-01-18");
    expect(byPhrase("in a year")?.when).toBe("2017-11~");
  });

  it("leaves 'for months' unresolved and does not take 'for a second summit' for a time", () => {
    expect(result.unresolved.map((u) => u.phrase.text)).toEqual(["for months"]);
    expect(result.candidates.some((c) => /second/.test(c.phrase.text))).toBe(false);
  });

  it("gives no date to the sentences without a time phrase", () => {
    const dated = new Set(result.candidates.map((c) => c.sentence.start));
    const undated = result.sentences.filter((s) => !dated.has(s.start)).map((s) => s.text);
    expect(undated).toContain("President Trump said he was looking forward to the talks.");
    expect(undated).toContain("Speculation is mounting that it could be held in Vietnam.");
    expect(result.candidates).toHaveLength(8);
  });

  it("turns the accepted candidates into a dataset that validates without errors", () => {
    const source = { id: "bbc-2019-01-18", publisher: "BBC News", title: "Trump to meet Kim Jong-un for second summit by end of February", published: "2019-01-18", url: "https://www.bbc.com/news/world-us-canada-46919239" };
    const { dataset, issues } = toDraftDataset(result.candidates, source);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(dataset.events).toHaveLength(result.candidates.length);
    const again = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(again.issues).toEqual([]);
    expect(again.dataset?.events.find((e) => e.timePhrase === "last June")).toMatchObject({
      when: "2018-06",
      status: "happened",
      place: "Singapore",
      evidence: [{ source: "bbc-2019-01-18", quote: "Little progress has been made on denuclearisation since their historic summit in Singapore last June." }],
    });
    expect(dataset.actors).toContainEqual({ id: "north-korea", label: "North Korea" });
    expect(dataset.asOf).toBe("2019-01-18");
  });
});
