import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/extract";
import { goldProblems, scoreExtraction, type GoldFile } from "../../scripts/extract-score";
import { checkTitle } from "../../src/extract/checkTitle";

const root = new URL("../../", import.meta.url);
const goldDir = new URL("tests/fixtures/extract/", root);
const golds = readdirSync(goldDir)
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => JSON.parse(readFileSync(new URL(f, goldDir), "utf8")) as GoldFile);

describe("gold articles (what npm run eval:extract reports)", () => {
  it("there are the BBC article and articles from other decades", () => {
    expect(golds.map((g) => g.published.slice(0, 3)).sort()).toEqual(expect.arrayContaining(["196", "198", "199", "200", "201"]));
  });

  it.each(golds.map((g) => [g.title, g] as const))("%s: the gold file is well formed", (_title, gold) => {
    expect(goldProblems(gold)).toEqual([]);
  });

  const development = golds.filter((g) => (g.split ?? "development") === "development");
  it.each(development.map((g) => [g.title, g] as const))("%s: every headline event is found with its date and precision", (_title, gold) => {
    const text = readFileSync(new URL(gold.file, root), "utf8");
    const score = scoreExtraction(text, gold, extractEvents(text, { published: gold.published }));
    expect(score.headlines.filter((h) => !h.ok)).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.resolvedRight).toBeGreaterThanOrEqual(0.85);
  });

  it.each(development.map((g) => [g.title, g] as const))("%s: draft titles read as headlines (the title rubric)", (_title, gold) => {
    const text = readFileSync(new URL(gold.file, root), "utf8");
    const candidates = extractEvents(text, { published: gold.published }).candidates;
    const failing = candidates.filter((c) => !checkTitle(c.title, text).pass).map((c) => c.title);
    expect(failing.length / candidates.length, failing.join(" | ")).toBeLessThanOrEqual(0.15);
  });

  // A held-out article was scored once, unseen; fixing what that run showed would make it a
  // development article. It must not fall below its first run.
  const heldOut = golds.filter((g) => g.split === "held-out");
  it.each(heldOut.map((g) => [g.title, g] as const))("%s (held out): no worse than its first run", (_title, gold) => {
    const text = readFileSync(new URL(gold.file, root), "utf8");
    const score = scoreExtraction(text, gold, extractEvents(text, { published: gold.published }));
    expect(gold.firstRun).toBeDefined();
    expect(score.recall).toBeGreaterThanOrEqual(gold.firstRun!.recall);
    expect(score.resolvedRight).toBeGreaterThanOrEqual(gold.firstRun!.resolvedRight);
    const candidates = extractEvents(text, { published: gold.published }).candidates;
    const passing = candidates.filter((c) => checkTitle(c.title, text).pass).length / candidates.length;
    expect(passing).toBeGreaterThanOrEqual(gold.firstRun!.titlesPassing ?? 0);
  });
});
