/**
 * `npm run build [-- --data PATH]`: `vite build`, bundling the timeline file PATH instead of
 * data/events.json (TIMELINE_DATA=PATH does the same). The file is checked as the app checks it;
 * a file it could not show stops the build with each problem and its place.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { splitBuildArgs } from "./buildArgs.ts";

const { dataPath, rest, problem } = splitBuildArgs(process.argv.slice(2));
if (problem) {
  console.error(`build: ${problem}`);
  process.exit(2);
}
// The CLI file is not among the package's exports: found next to its package.json.
const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
const env = dataPath ? { ...process.env, TIMELINE_DATA: dataPath } : process.env;
if (dataPath) console.log(`Bundling the timeline ${dataPath}`);
const run = spawnSync(process.execPath, [vite, "build", ...rest], { stdio: "inherit", env });
process.exit(run.status ?? 1);
