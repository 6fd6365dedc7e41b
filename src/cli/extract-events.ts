/**
 * npm run extract -- article.txt --published 2019-01-18 [--out draft.json]
 * A thin Node wrapper around src/extract (see extractEventsCli.ts for the options).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runExtractCli } from "./extractEventsCli";

const code = runExtractCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  readStdin: () => (process.stdin.isTTY ? undefined : readFileSync(0, "utf8")),
  writeFile: (path, text) => writeFileSync(path, text),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  columns: process.stdout.columns,
});
process.exitCode = code;
