import { describe, expect, it } from "vitest";
import { runExtractCli } from "../../src/cli/extractEventsCli";
import { fakeCliIo } from "../fixtures/fakeCliIo";
import { validateDataset } from "../../src/domain/validateDataset";

const ARTICLE = "Leaders sign accord\nThe two leaders met in Oslo on Monday. They will meet again by the end of March. Violence has gone on for months.";

describe("npm run extract", () => {
  it("prints a table of dated candidates and the unresolved phrases", () => {
    const f = fakeCliIo({ "a.txt": ARTICLE });
    expect(runExtractCli(["a.txt", "--published", "2019-01-16"], f.io)).toBe(0);
    const out = f.out();
    expect(out).toMatch(/2 dated candidate\(s\), 1 unresolved/);
    expect(out).toMatch(/^2019-01-14\s+day\s+on Monday\s+happened\s+0\.\d\d\s+The two leaders met in Oslo on Monday\./m);
    expect(out).toMatch(/^\[\.\.2019-03-31\]\s+day\s+by the end of March\s+planned/m);
    expect(out).toMatch(/for months\s+a length of time/);
  });

  it("cuts the sentence column to fit the terminal", () => {
    const f = fakeCliIo({ "a.txt": ARTICLE }, undefined, 90);
    expect(runExtractCli(["a.txt", "--published", "2019-01-16"], f.io)).toBe(0);
    expect(f.out().split("\n").every((line) => line.length <= 90)).toBe(true);
    expect(f.out()).toMatch(/  The two leaders met\b[^\n]*…$/m);
  });

  it("reads standard input when no file or '-' is given", () => {
    for (const args of [["--published", "2019-01-16"], ["-", "--published", "2019-01-16"]]) {
      const f = fakeCliIo({}, ARTICLE);
      expect(runExtractCli(args, f.io)).toBe(0);
      expect(f.out()).toMatch(/on Monday/);
    }
  });

  it("writes a draft dataset that validates", () => {
    const f = fakeCliIo({ "a.txt": ARTICLE });
    expect(runExtractCli(["a.txt", "--published", "2019-01-16", "--out", "draft.json", "--publisher", "Wire"], f.io)).toBe(0);
    const { dataset, issues } = validateDataset(JSON.parse(f.written["draft.json"]));
    expect(issues).toEqual([]);
    expect(dataset?.sources[0]).toEqual({ id: "article", publisher: "Wire", title: "Leaders sign accord", published: "2019-01-16" });
    expect(dataset?.events.map((e) => e.when)).toEqual(["2019-01-14", "[..2019-03-31]"]);
    expect(f.out()).toMatch(/Wrote 2 draft event\(s\) to draft\.json/);
  });

  it("--json prints the whole extraction result", () => {
    const f = fakeCliIo({ "a.txt": ARTICLE });
    expect(runExtractCli(["a.txt", "--published", "2019-01-16", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toMatchObject({ published: "2019-01-16", unresolved: [{ phrase: { text: "for months" } }] });
  });

  it("fails clearly on a missing file, a missing or impossible date and an empty article", () => {
    const cases: [string[], Record<string, string>, string | undefined, RegExp][] = [
      [["nope.txt", "--published", "2019-01-16"], {}, undefined, /cannot read "nope\.txt": no such file/],
      [["a.txt"], { "a.txt": ARTICLE }, undefined, /--published is required/],
      [["a.txt", "--published", "2019-02-30"], { "a.txt": ARTICLE }, undefined, /--published must be a calendar day written YYYY-MM-DD.*2019-02-30/],
      [["a.txt", "--published", "18/01/2019"], { "a.txt": ARTICLE }, undefined, /YYYY-MM-DD/],
      [["--published", "2019-01-16"], {}, undefined, /no article/],
      [["--published", "2019-01-16"], {}, "   \n", /the article is empty/],
      [["a.txt", "--published", "2019-01-16", "--frobnicate"], { "a.txt": ARTICLE }, undefined, /Unknown option/],
    ];
    for (const [args, files, stdin, message] of cases) {
      const f = fakeCliIo(files, stdin);
      expect(runExtractCli(args, f.io), args.join(" ")).toBe(2);
      expect(f.err()).toMatch(message);
      expect(f.out()).toBe("");
    }
  });
});
