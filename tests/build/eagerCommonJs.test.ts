import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Plugin, type Rolldown } from "vite";
import { eagerCommonJs, eagerCommonJsWrappers } from "../../scripts/eagerCommonJs";

/** A module that imports a CommonJS one, as the app imports React. */
const dir = mkdtempSync(join(tmpdir(), "eager-cjs-"));
writeFileSync(join(dir, "lib.cjs"), `"use strict";\nfunction answer() { return 42; }\nexports.answer = answer;\nexports.version = "1";\n`);
writeFileSync(join(dir, "entry.js"), `import lib from "./lib.cjs";\nexport const answer = lib.answer();\nexport const version = lib.version;\n`);

/** The minified chunk the build makes of it, with or without the plugin. */
async function bundle(plugins: Plugin[]): Promise<string> {
  const out = (await build({
    root: dir,
    configFile: false,
    logLevel: "silent",
    plugins,
    build: { write: false, minify: true, rolldownOptions: { input: join(dir, "entry.js"), preserveEntrySignatures: "strict" } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === "chunk");
  return chunk!.code;
}

/** The chunk run as a module: its exports. */
const run = async (code: string) => (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { answer: number; version: string };

/** A CommonJS wrapper in minified code, `t((e=>{` or `t(((e,t)=>{`: the arrow V8 compiles late. */
const ARROW_WRAPPER = /\w\(\(\(?[\w$]+(,[\w$]+)*\)?=>\{/;

describe("eagerCommonJs (build plugin)", () => {
  it("makes the bundler's CommonJS wrapper a parenthesised function that the minifier keeps", async () => {
    const without = await bundle([]);
    const withIt = await bundle([eagerCommonJs()]);
    expect(without).toMatch(ARROW_WRAPPER);
    expect(withIt).not.toMatch(ARROW_WRAPPER);
    expect(withIt).toMatch(/\(\(function\([\w$]+(,[\w$]+)*\)\{/);
  });

  it("leaves what the CommonJS module exports unchanged", async () => {
    expect(await run(await bundle([eagerCommonJs()]))).toMatchObject({ answer: 42, version: "1" });
  });

  it("rewrites wrappers with one or two parameters, as rolldown writes them before minifying", () => {
    const code = "var require_a = /* @__PURE__ */ __commonJSMin(((exports) => {\n\texports.a = 1;\n}));\nvar require_b = /* @__PURE__ */ __commonJSMin(((exports, module) => {\n\tmodule.exports = require_a();\n}));";
    expect(eagerCommonJsWrappers(code)).toBe(
      "var require_a = /* @__PURE__ */ __commonJSMin((function(exports) {\n\texports.a = 1;\n}));\nvar require_b = /* @__PURE__ */ __commonJSMin((function(exports, module) {\n\tmodule.exports = require_a();\n}));",
    );
  });

  it("leaves a chunk without CommonJS wrappers alone, arrows of the app's own included", () => {
    expect(eagerCommonJsWrappers("const f = ((a) => { return a; });\nlist.map(((x, i) => { return x + i; }));")).toBeNull();
  });
});
