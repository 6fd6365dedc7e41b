import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/extract";
import { scoreExtraction, type GoldFile } from "../../scripts/extract-score";

const root = new URL("../../", import.meta.url);
const goldDir = new URL("tests/fixtures/extract/", root);
const golds = readdirSync(goldDir)
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => JSON.parse(readFileSync(new URL(f, goldDir), "utf8")) as GoldFile);

describe("gold articles (what npm run eval:extract reports)", () => {
  it("there are the BBC article and articles from other decades", () => {
    expect(golds.map((g) => g.published.slice(0, 3)).sort()).toEqual(expect.arrayContaining(["196", "198", "199", "200", "201"]));
  });

  it.each(golds.map((g) => [g.title, g] as const))("%s: every headline event is found with its date and precision", (_title, gold) => {
    const text = readFileSync(new URL(gold.file, root), "utf8");
    const score = scoreExtraction(text, gold, extractEvents(text, { published: gold.published }));
    expect(score.headlines.filter((h) => !h.ok)).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.resolvedRight).toBeGreaterThanOrEqual(0.85);
  });
});
