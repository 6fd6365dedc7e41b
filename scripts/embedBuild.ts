/**
 * Vite plugins:
 * - `bundledDataset`: validates data/events.json (or the file `--data`/TIMELINE_DATA names) at build time and ships the result (the checked
 *   dataset, its issues and its dates already parsed from EDTF) as a JSON file of the build, whose
 *   address is `virtual:bundled-dataset`. So the page loads neither the validator (zod) nor the EDTF
 *   parser for it, and the timeline travels as data, not as code (28 KB of JSON, 7.6 KB gzip, that
 *   was part of the app's script). The dev server and the tests get it as a data: URL.
 * - `embedScript`: builds src/embed/embedScript.ts into `embed.js`, one classic script with no
 *   dependencies that host pages include to size our iframes (served at /embed.js in dev too).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build, runnerImport, type Plugin } from "vite";
import type { parseDatasetText as ParseDatasetText } from "../src/domain/parseDatasetText";
import type { Issue } from "../src/domain/types";
import type { fuzzyDate as FuzzyDateOf } from "../src/domain/parseFuzzyDate";

const RESOLVED_ID = "\0virtual:bundled-dataset";
/** The name the bundled timeline's file is given in the build (plus a content hash). */
export const BUNDLED_TIMELINE_NAME = "timeline.json";

/** A terminal's worth of problems; the rest are counted (the app's report lists them all). */
const MAX_LISTED = 50;

/** The timeline a build bundles when none is named. */
export const DEFAULT_DATA_PATH = "data/events.json";

/**
 * The timeline file to bundle: the TIMELINE_DATA environment variable (which
 * `npm run build -- --data my-timeline.json` sets, see scripts/build.ts), else data/events.json.
 * So a newsroom can publish its own timeline as static files, with no server.
 */
export function bundledDataPath(env: Record<string, string | undefined> = process.env): string {
  return env.TIMELINE_DATA?.trim() || DEFAULT_DATA_PATH;
}

/**
 * The bundled timeline, checked, with its dates parsed: the text of the JSON file the app fetches.
 * Checked by the app's own parser and validator, so the build says what the app would; a file the
 * app could not show at all stops the build with every problem, each with its place.
 */
export async function bundledTimelineJson(root: string, dataPath: string, warn: (message: string) => void, fail: (message: string) => never): Promise<string> {
  const file = resolve(root, dataPath);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`${dataPath} could not be read: ${code === "ENOENT" ? "there is no such file" : code === "EISDIR" ? "it is a folder, not a file" : (e as Error).message}`);
  }
  // Vite's module runner loads the parser and validator (TypeScript) in Node, the same code the app runs.
  const { module } = await runnerImport<{ parseDatasetText: typeof ParseDatasetText }>(resolve(root, "src/domain/parseDatasetText.ts"), { configFile: false, root, logLevel: "error" });
  const result = module.parseDatasetText(text);
  const say = (issue: Issue) => `${dataPath} ${issue.path}: ${issue.message}${issue.count && issue.count > 1 ? ` (${issue.count} times)` : ""}`;
  const errors = result.issues.filter((issue) => issue.severity === "error");
  // The app would open the rest of a file with a bad event and report it; a published timeline
  // silently missing an event is worse, so any error stops the build. Warnings do not.
  if (!result.dataset || errors.length > 0) {
    const listed = errors.slice(0, MAX_LISTED).map(say);
    const more = errors.length > MAX_LISTED ? `\n  … and ${errors.length - MAX_LISTED} more` : "";
    fail(`${dataPath} ${result.dataset ? "has problems the app would report" : "is not a timeline this app can show"}:\n  ${listed.join("\n  ")}${more}`);
  }
  for (const issue of result.issues) warn(say(issue));
  const parser = await runnerImport<{ fuzzyDate: typeof FuzzyDateOf }>(resolve(root, "src/domain/parseFuzzyDate.ts"), { configFile: false, root, logLevel: "error" });
  const edtfs = (result.dataset?.events ?? []).flatMap((e) => [e.when, ...(e.claims ?? []).map((c) => c.when)]);
  const dates = Object.fromEntries(edtfs.map((edtf) => [edtf, parser.module.fuzzyDate(edtf)]));
  // JSON has no infinities (a deadline's open start is -Infinity): they travel as strings.
  return JSON.stringify({ ...result, dates }, (_key, value) => (value === Number.NEGATIVE_INFINITY ? "-Infinity" : value === Number.POSITIVE_INFINITY ? "Infinity" : value));
}

export function bundledDataset(dataPath = bundledDataPath()): Plugin {
  let root = process.cwd();
  let serving = false;
  return {
    name: "bundled-dataset",
    configResolved(config) {
      root = config.root;
      serving = config.command === "serve";
    },
    // Hook filters: the bundler calls these for our id only, not for every module.
    resolveId: {
      filter: { id: /^virtual:bundled-dataset$/ },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: /^\0virtual:bundled-dataset$/ },
      async handler() {
        this.addWatchFile(resolve(root, dataPath));
        const text = await bundledTimelineJson(root, dataPath, (m) => this.warn(m), (m) => this.error(m));
        if (serving) return `export default ${JSON.stringify(`data:application/json;charset=utf-8,${encodeURIComponent(text)}`)};`;
        const ref = this.emitFile({ type: "asset", name: BUNDLED_TIMELINE_NAME, source: text });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      },
    },
  };
}

export function embedScript(entry = "src/embed/embedScript.ts", fileName = "embed.js"): Plugin {
  let root = process.cwd();
  const compile = async (): Promise<string> => {
    const result = await build({
      configFile: false,
      root,
      logLevel: "warn",
      plugins: [],
      build: {
        write: false,
        minify: true,
        // Host pages are read in older browsers than our app targets.
        target: "es2017",
        lib: { entry: resolve(root, entry), formats: ["iife"], name: "diplomacyTimelineEmbed", fileName: () => fileName },
      },
    });
    const outputs = Array.isArray(result) ? result : [result];
    for (const output of outputs) {
      if (!("output" in output)) continue;
      const chunk = output.output.find((o) => o.type === "chunk");
      if (chunk && chunk.type === "chunk") return chunk.code;
    }
    throw new Error(`could not build ${fileName}`);
  };
  return {
    name: "embed-script",
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      this.emitFile({ type: "asset", fileName, source: await compile() });
    },
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_req, res, next) => {
        compile().then((code) => {
          res.setHeader("content-type", "text/javascript; charset=utf-8");
          res.end(code);
        }, next);
      });
    },
  };
}
