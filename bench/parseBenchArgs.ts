/** The benchmark's command line: what to load, how often, and what to compare against. */

/**
 * One page to measure: a generated dataset of that many events (`?data=bench-data/events-N.json`),
 * the default view with the app's bundled dataset (`/`), or the embed (`/?mode=embed`).
 */
export type BenchCase = number | "bundled" | "embed";
export const PAGE_CASES = ["bundled", "embed"] as const;

/** Other timeline tools the benchmark can load the same events into. */
export const PEERS = ["vis-timeline"] as const;
export type Peer = (typeof PEERS)[number];

export interface BenchOptions {
  runs: number;
  sizes: BenchCase[];
  timeoutMs: number;
  gestureBudgetMs: number;
  seed: number;
  skipBuild: boolean;
  /** Another checkout of this repository (with its node_modules) to build and run alternately with ours. */
  against?: string;
  labelOurs?: string;
  labelAgainst?: string;
  peer?: Peer;
  help: boolean;
}

export const DEFAULT_SIZES: BenchCase[] = ["bundled", 100, 1000, 10_000, 100_000];
export const DEFAULT_RUNS = 3;
/** Comparisons take the median of more runs: on a shared machine one noisy run moves a median of 3. */
export const DEFAULT_COMPARE_RUNS = 5;

export const USAGE = `npm run bench -- [--runs 3] [--sizes bundled,100,1000,10000,100000] [--timeout 60] [--gesture-budget 15]
                 [--seed N] [--skip-build] [--against PATH] [--label-ours NAME] [--label-against NAME]
                 [--peer vis-timeline]

  --sizes           event counts to generate, and/or "bundled" (the default view, /) and "embed" (/?mode=embed)
  --against PATH    another checkout of this repository, with its node_modules: built with its own vite
                    and run alternately with ours, run by run (default runs then: ${DEFAULT_COMPARE_RUNS})
  --peer NAME       another tool loading the same events (${PEERS.join(", ")}), run alternately with ours`;

/** How a case is named in the report: "1,000", "bundled", "embed". */
export function caseLabel(size: BenchCase): string {
  return typeof size === "number" ? size.toLocaleString("en") : size;
}

/** Parse the arguments after `npm run bench --`; throws an Error naming the bad option. */
export function parseBenchArgs(argv: readonly string[], defaultSeed: number): BenchOptions {
  const options: BenchOptions = { runs: DEFAULT_RUNS, sizes: DEFAULT_SIZES, timeoutMs: 60_000, gestureBudgetMs: 15_000, seed: defaultSeed, skipBuild: false, help: false };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${flag} needs a value`);
      return v;
    };
    const positive = (name: string, v: string | undefined) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number, not "${v}"`);
      return n;
    };
    switch (flag) {
      case "--runs":
        options.runs = Math.round(positive("--runs", value()));
        runsGiven = true;
        break;
      case "--sizes":
        options.sizes = parseSizes(value());
        break;
      case "--timeout":
        options.timeoutMs = positive("--timeout (seconds)", value()) * 1000;
        break;
      case "--gesture-budget":
        options.gestureBudgetMs = positive("--gesture-budget (seconds)", value()) * 1000;
        break;
      case "--seed":
        options.seed = Math.round(Number(value()));
        if (!Number.isFinite(options.seed)) throw new Error(`--seed needs a number, not "${argv[i]}"`);
        break;
      case "--skip-build":
        options.skipBuild = true;
        break;
      case "--against":
        options.against = value();
        break;
      case "--label-ours":
        options.labelOurs = value();
        break;
      case "--label-against":
        options.labelAgainst = value();
        break;
      case "--peer": {
        const peer = value();
        if (!(PEERS as readonly string[]).includes(peer)) throw new Error(`--peer: "${peer}" is not one the benchmark knows (${PEERS.join(", ")})`);
        options.peer = peer as Peer;
        break;
      }
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${argv[i]} (try --help)`);
    }
  }
  if (options.labelAgainst !== undefined && options.against === undefined) throw new Error("--label-against names the --against build, but no --against PATH was given");
  if (!runsGiven && (options.against !== undefined || options.peer !== undefined)) options.runs = DEFAULT_COMPARE_RUNS;
  return options;
}

function parseSizes(text: string): BenchCase[] {
  const sizes: BenchCase[] = [];
  for (const raw of text.split(",")) {
    const item = raw.trim().replace(/_/g, "");
    let size: BenchCase;
    if ((PAGE_CASES as readonly string[]).includes(item)) size = item as BenchCase;
    else {
      const n = Number(item);
      if (item === "" || !Number.isFinite(n) || n <= 0) throw new Error(`--sizes: "${raw.trim()}" is neither a positive number of events nor one of ${PAGE_CASES.join(", ")}`);
      size = Math.round(n);
    }
    if (!sizes.includes(size)) sizes.push(size);
  }
  return sizes;
}
