/**
 * Vite plugin (build only): the bundler's wrappers around CommonJS modules (React and react-dom
 * ship only as CommonJS) written as `function` expressions rather than arrow functions.
 *
 * Chromium compiles a script in the background while it downloads, but only the functions it
 * expects to run at once; the others it compiles on the main thread when they are first called.
 * The bundler wraps each CommonJS module in a parenthesised arrow function, meant as that hint
 * (`__commonJSMin(((exports) => { … }))`), yet V8 takes the hint only from a parenthesised
 * `function`. So react-dom's wrapper, 10,000 lines that run as the page starts, was compiled on the
 * main thread, just before the first render: 10–18 ms in traces of the embed. With `function` it is
 * compiled in the background: ready 0.96–0.98× for the embed and 0.91× for the default view (runs
 * of 15 interleaved loads against the same build without it).
 *
 * Every chunk's wrappers are rewritten (papaparse's and nearley's, edtf.js's parser, too).
 * A wrapper is called once, as the module would run, with `this` undefined either way (the chunks
 * are ES modules, so strict); as a function it also has the `arguments` that a CommonJS module's
 * top level has in Node, where an arrow would have thrown.
 */
import type { Plugin } from "vite";

/** `__commonJSMin(((exports, module) => {`, as rolldown writes it before minifying. */
const ARROW_WRAPPER = /\b(__commonJS(?:Min)?(?:\$\d+)?)\(\(\(([\w$]+(?:, [\w$]+)*)\) => \{/g;

/** The chunk's code with each CommonJS wrapper a parenthesised `function`, or null when it has none. */
export function eagerCommonJsWrappers(code: string): string | null {
  ARROW_WRAPPER.lastIndex = 0;
  if (!ARROW_WRAPPER.test(code)) return null;
  return code.replace(ARROW_WRAPPER, "$1((function($2) {");
}

export function eagerCommonJs(): Plugin {
  return {
    name: "eager-common-js",
    apply: "build",
    renderChunk(code) {
      const changed = eagerCommonJsWrappers(code);
      return changed === null ? null : { code: changed, map: null };
    },
  };
}
