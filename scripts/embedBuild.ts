/**
 * Vite plugins for embedding (issue 4):
 * - `bundledDataset`: validates data/events.json at build time and serves the result as
 *   `virtual:bundled-dataset`, so the page ships the checked dataset and its issues, and zod (the
 *   validator) is loaded only for `?data=` files. The events' dates come parsed too (`dates`, EDTF
 *   string to FuzzyDate), so the page does not load the EDTF parser either (issue 8).
 * - `embedScript`: builds src/embed/embedScript.ts into `embed.js`, one classic script with no
 *   dependencies that host pages include to size our iframes (served at /embed.js in dev too).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build, runnerImport, type Plugin } from "vite";
import type { validateDataset as ValidateDataset } from "../src/domain/validateDataset";
import type { fuzzyDate as FuzzyDateOf } from "../src/domain/parseFuzzyDate";

const RESOLVED_ID = "\0virtual:bundled-dataset";

export function bundledDataset(dataPath = "data/events.json"): Plugin {
  let root = process.cwd();
  return {
    name: "bundled-dataset",
    configResolved(config) {
      root = config.root;
    },
    // Hook filters: the bundler calls these for our id only, not for every module.
    resolveId: {
      filter: { id: /^virtual:bundled-dataset$/ },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: /^\0virtual:bundled-dataset$/ },
      async handler() {
        const file = resolve(root, dataPath);
        this.addWatchFile(file);
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(file, "utf8"));
        } catch (e) {
          this.error(`${dataPath} is not valid JSON: ${(e as Error).message}`);
        }
        // Vite's module runner loads the validator (TypeScript) in Node, the same code the app runs.
        const { module } = await runnerImport<{ validateDataset: typeof ValidateDataset }>(resolve(root, "src/domain/validateDataset.ts"), { configFile: false, root, logLevel: "error" });
        const result = module.validateDataset(json);
        for (const issue of result.issues) this.warn(`${dataPath} ${issue.path}: ${issue.message}`);
        const parser = await runnerImport<{ fuzzyDate: typeof FuzzyDateOf }>(resolve(root, "src/domain/parseFuzzyDate.ts"), { configFile: false, root, logLevel: "error" });
        const dates = Object.fromEntries((result.dataset?.events ?? []).map((e) => [e.when, parser.module.fuzzyDate(e.when)]));
        // JSON has no infinities (a deadline's open start is -Infinity): they travel as strings.
        const datesJson = JSON.stringify(dates, (_key, value) => (value === Number.NEGATIVE_INFINITY ? "-Infinity" : value === Number.POSITIVE_INFINITY ? "Infinity" : value));
        // JSON.parse of a string literal is faster for engines than the same object as code.
        return [
          `const dates = JSON.parse(${JSON.stringify(datesJson)}, (_key, value) => (value === "-Infinity" ? -Infinity : value === "Infinity" ? Infinity : value));`,
          `export default { ...JSON.parse(${JSON.stringify(JSON.stringify(result))}), dates };`,
        ].join("\n");
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
