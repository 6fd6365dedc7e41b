/**
 * npm run eval:extract [-- gold.json …]
 *
 * Runs the extractor on each gold article (by default every tests/fixtures/extract/*.gold.json)
 * and reports recall and precision of time expressions and the share resolved to the right date,
 * per article and then per kind of expression (see `EXPRESSION_KINDS`), for the development
 * articles, the held-out ones and all together. It also scores the draft titles against the
 * title rubric (`checkTitle`) and checks that actor labels are spelled as the text spells them.
 *
 * Exits non-zero if a headline event of a development article is missed or misdated. A held-out
 * article's misses are printed but do not fail the run: it was scored once, unseen, and fixing
 * what its run showed would make it a development article.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { extractEvents, toDraftDataset } from "../src/extract";
import { checkTitle, spellingIn } from "../src/extract/checkTitle";
import { EXPRESSION_KINDS, goldProblems, scoreExtraction, tallyByKind, tallyDated, type GoldFile, type GoldOutcome, type Score, type Tally } from "./extract-score";

const ROOT = resolve(import.meta.dirname, "..");
const GOLD_DIR = join(ROOT, "tests/fixtures/extract");
/** The targets on unseen news: share of dated phrases found, and dated right. */
const TARGET_FOUND = 0.95;
const TARGET_RIGHT = 0.92;

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(4);
const ratio = (a: number, b: number) => (b === 0 ? "   –" : pct(a / b));

interface ArticleRun {
  gold: GoldFile;
  score: Score;
  titles: { title: string; pass: boolean; problems: string[] }[];
  actors: { label: string; ok: boolean; text?: string }[];
}

function run(goldPath: string): ArticleRun {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile;
  const problems = goldProblems(gold);
  if (problems.length > 0) {
    console.error(`${relative(ROOT, goldPath)}: ${problems.join("; ")}`);
    process.exit(2);
  }
  const text = readFileSync(join(ROOT, gold.file), "utf8");
  const result = extractEvents(text, { published: gold.published });
  const score = scoreExtraction(text, gold, result);
  const titles = result.candidates.map((c) => {
    const check = checkTitle(c.title, text);
    return { title: c.title, pass: check.pass, problems: check.problems.map((p) => `${p.kind}: ${p.detail}`) };
  });
  const draft = toDraftDataset(result.candidates, { id: result.sourceId, publisher: "Gold", title: gold.title, published: result.published });
  const actors = draft.dataset.actors.map((a) => {
    const spellings = spellingIn(text, a.label);
    return { label: a.label, ok: spellings === undefined || spellings.includes(a.label), text: spellings?.[0] };
  });
  return { gold, score, titles, actors };
}

function printArticle({ gold, score, titles, actors }: ArticleRun) {
  const split = gold.split ?? "development";
  console.log(`\n${gold.title}\n  published ${gold.published} · ${gold.file} · ${split}`);
  for (const o of score.outcomes) {
    const mark = o.right ? "✓" : o.found ? "✗" : "·";
    const got = o.predicted.length ? o.predicted.map((p) => p.when ?? "unresolved").join(", ") : "not found";
    const want = Array.isArray(o.gold.when) ? o.gold.when.join(" | ") : (o.gold.when ?? "unresolved");
    console.log(`  ${mark} ${JSON.stringify(o.gold.phrase).padEnd(30)} ${(o.gold.kind ?? "").padEnd(23)} want ${want.padEnd(26)} got ${got}`);
  }
  for (const p of score.falsePositives) console.log(`  + ${JSON.stringify(p.phrase).padEnd(30)} not in gold; got ${p.when ?? "unresolved"}`);
  console.log(
    `  recall ${pct(score.recall)} (${score.found}/${score.gold})  precision ${pct(score.precision)} (${score.matchedPredictions}/${score.predictions})  ` +
      `resolved right ${pct(score.resolvedRight)} (${score.right}/${score.gold}; ${pct(score.resolvedRightOfFound)} of those found)`,
  );
  for (const h of score.headlines) console.log(`  headline ${h.ok ? "ok    " : "MISSED"} ${h.name}: want ${h.expected}${h.ok ? "" : `, got ${h.got.join("; ") || "nothing"}`}`);
  const passing = titles.filter((t) => t.pass).length;
  console.log(`  titles passing the rubric ${ratio(passing, titles.length)} (${passing}/${titles.length})`);
  for (const t of titles.filter((x) => !x.pass)) console.log(`    ✗ ${JSON.stringify(t.title)}: ${t.problems.join("; ")}`);
  for (const a of actors.filter((x) => !x.ok)) console.log(`  actor label "${a.label}": the text writes "${a.text}"`);
}

const sumTally = (ts: Tally[]): Tally => ts.reduce((a, t) => ({ gold: a.gold + t.gold, found: a.found + t.found, right: a.right + t.right }), { gold: 0, found: 0, right: 0 });
const cell = (t: Tally | undefined) => (t && t.gold > 0 ? `${String(t.gold).padStart(3)} ${ratio(t.found, t.gold)} ${ratio(t.right, t.gold)}` : "  –    –    –");

/** The per-kind table: for each group of articles, how many phrases, the share found and the share dated right. */
function printKindTable(groups: { name: string; runs: ArticleRun[] }[]) {
  const outcomesOf = (runs: ArticleRun[]): GoldOutcome[] => runs.flatMap((r) => r.score.outcomes);
  const tallies = groups.map((g) => tallyByKind(outcomesOf(g.runs)));
  const kinds = [...EXPRESSION_KINDS, ...new Set(tallies.flatMap((t) => [...t.keys()]).filter((k) => !(EXPRESSION_KINDS as readonly string[]).includes(k)))];
  const width = 24;
  console.log(`\n${"kind".padEnd(width)}${groups.map((g) => `${g.name} (${g.runs.length})`.padEnd(18)).join("")}`);
  console.log(`${"".padEnd(width)}${groups.map(() => "  n found right  ").join("")}`);
  for (const k of kinds) {
    if (tallies.every((t) => !t.get(k))) continue;
    console.log(`${k.padEnd(width)}${tallies.map((t) => cell(t.get(k)).padEnd(18)).join("")}`);
  }
  console.log(`${"all expressions".padEnd(width)}${tallies.map((t) => cell(sumTally([...t.values()])).padEnd(18)).join("")}`);
  console.log(`${"dated phrases".padEnd(width)}${groups.map((g) => cell(tallyDated(outcomesOf(g.runs))).padEnd(18)).join("")}`);
  const titleCell = (runs: ArticleRun[]) => {
    const all = runs.flatMap((r) => r.titles);
    return `${String(all.length).padStart(3)} ${ratio(all.filter((t) => t.pass).length, all.length)}`;
  };
  console.log(`${"titles passing rubric".padEnd(width)}${groups.map((g) => titleCell(g.runs).padEnd(18)).join("")}`);
  const actorCell = (runs: ArticleRun[]) => {
    const all = runs.flatMap((r) => r.actors);
    return `${String(all.length).padStart(3)} ${ratio(all.filter((a) => a.ok).length, all.length)}`;
  };
  console.log(`${"actor labels as text".padEnd(width)}${groups.map((g) => actorCell(g.runs).padEnd(18)).join("")}`);
  console.log(`(n: gold expressions; found: share some prediction overlaps; right: share dated right. Targets on unseen news: found ≥ ${pct(TARGET_FOUND).trim()}, right ≥ ${pct(TARGET_RIGHT).trim()} of dated phrases.)`);
}

const args = process.argv.slice(2);
const files = args.length > 0 ? args.map((a) => resolve(a)) : readdirSync(GOLD_DIR).filter((f) => f.endsWith(".gold.json")).sort().map((f) => join(GOLD_DIR, f));
const runs = files.map(run);
runs.forEach(printArticle);

const development = runs.filter((r) => (r.gold.split ?? "development") === "development");
const heldOut = runs.filter((r) => r.gold.split === "held-out");
const total = (rs: ArticleRun[]) => {
  const sum = (f: (s: Score) => number) => rs.reduce((n, r) => n + f(r.score), 0);
  return { gold: sum((s) => s.gold), found: sum((s) => s.found), predictions: sum((s) => s.predictions), matched: sum((s) => s.matchedPredictions), right: sum((s) => s.right) };
};
const all = total(runs);
console.log(
  `\nAll ${runs.length} articles: recall ${pct(all.found / all.gold)}  precision ${pct(all.matched / all.predictions)}  resolved right ${pct(all.right / all.gold)} (${all.right}/${all.gold})`,
);
printKindTable([
  { name: "development", runs: development },
  ...(heldOut.length > 0 ? [{ name: "held-out", runs: heldOut }] : []),
  { name: "all", runs },
]);

const heldOutMissed = heldOut.flatMap((r) => r.score.headlines.filter((h) => !h.ok));
if (heldOutMissed.length > 0) console.log(`\nHeld-out headline event(s) missed or misdated (not gating): ${heldOutMissed.map((h) => h.name).join(", ")}`);
const missed = development.flatMap((r) => r.score.headlines.filter((h) => !h.ok));
if (missed.length > 0) {
  console.error(`\n${missed.length} headline event(s) missed or misdated: ${missed.map((h) => h.name).join(", ")}`);
  process.exit(1);
}
