import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { contrastRatio } from "../../src/embed/accent";

/** The custom properties set in the first block after `marker`. */
function block(css: string, marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  expect(start).toBeGreaterThanOrEqual(0);
  const open = css.indexOf("{", start);
  const close = css.indexOf("}", open);
  return Object.fromEntries([...css.slice(open + 1, close).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const app = readFileSync("src/app/app.css", "utf8");
const themes = readFileSync("src/app/themes.css", "utf8");
const light = block(app, ":root {");
const autoDark = block(app, ':root:not([data-theme="light"])');
const forcedDark = block(themes, ':root[data-theme="dark"]');

describe("themes", () => {
  it("theme=dark uses exactly the colours that prefers-color-scheme: dark does", () => {
    expect(forcedDark).toEqual(autoDark);
  });

  it("the automatic dark block steps aside for theme=light", () => {
    expect(app).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*(\/\*[^*]*\*\/\s*)?:root:not\(\[data-theme="light"\]\)/);
  });

  it.each([
    ["light", { ...light }],
    ["dark", { ...light, ...forcedDark }],
  ])("%s theme: text and links reach WCAG AA on the page and on panels", (_, colours) => {
    for (const bg of [colours["--bg"], colours["--panel"]]) {
      for (const fg of ["--ink", "--ink-soft", "--accent", "--legend-ink"]) expect(contrastRatio(colours[fg], bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colours["--as-of"], bg)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
