/**
 * npm run eval:extract [-- gold.json …]
 *
 * Runs the extractor on each gold article (by default every tests/fixtures/extract/*.gold.json)
 * and reports recall and precision of time expressions and the share resolved to the right date.
 * Exits non-zero if a headline event of any article is missed or misdated.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractEvents } from "../src/extract";
import { scoreExtraction, type GoldFile, type Score } from "./extract-score";

const ROOT = resolve(import.meta.dirname, "..");
const GOLD_DIR = join(ROOT, "tests/fixtures/extract");

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(4);

function report(goldPath: string): Score {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile;
  const text = readFileSync(join(ROOT, gold.file), "utf8");
  const result = extractEvents(text, { published: gold.published });
  const score = scoreExtraction(text, gold, result);
  console.log(`\n${gold.title}\n  published ${gold.published} · ${gold.file}`);
  for (const o of score.outcomes) {
    const mark = o.right ? "✓" : o.found ? "✗" : "·";
    const got = o.predicted.length ? o.predicted.map((p) => p.when ?? "unresolved").join(", ") : "not found";
    const want = Array.isArray(o.gold.when) ? o.gold.when.join(" | ") : (o.gold.when ?? "unresolved");
    console.log(`  ${mark} ${JSON.stringify(o.gold.phrase).padEnd(32)} want ${want.padEnd(28)} got ${got}`);
  }
  for (const p of score.falsePositives) console.log(`  + ${JSON.stringify(p.phrase).padEnd(32)} not in gold; got ${p.when ?? "unresolved"}`);
  console.log(
    `  recall ${pct(score.recall)} (${score.found}/${score.gold})  precision ${pct(score.precision)} (${score.matchedPredictions}/${score.predictions})  ` +
      `resolved right ${pct(score.resolvedRight)} (${score.right}/${score.gold}; ${pct(score.resolvedRightOfFound)} of those found)`,
  );
  for (const h of score.headlines) console.log(`  headline ${h.ok ? "ok    " : "MISSED"} ${h.name}: want ${h.expected}${h.ok ? "" : `, got ${h.got.join("; ") || "nothing"}`}`);
  return score;
}

const args = process.argv.slice(2);
const files = args.length > 0 ? args.map((a) => resolve(a)) : readdirSync(GOLD_DIR).filter((f) => f.endsWith(".gold.json")).sort().map((f) => join(GOLD_DIR, f));
const scores = files.map(report);
const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
const total = { gold: sum((s) => s.gold), found: sum((s) => s.found), predictions: sum((s) => s.predictions), matched: sum((s) => s.matchedPredictions), right: sum((s) => s.right) };
console.log(
  `\nAll ${scores.length} articles: recall ${pct(total.found / total.gold)}  precision ${pct(total.matched / total.predictions)}  resolved right ${pct(total.right / total.gold)} (${total.right}/${total.gold})`,
);
const missed = scores.flatMap((s) => s.headlines.filter((h) => !h.ok));
if (missed.length > 0) {
  console.error(`\n${missed.length} headline event(s) missed or misdated: ${missed.map((h) => h.name).join(", ")}`);
  process.exit(1);
}
