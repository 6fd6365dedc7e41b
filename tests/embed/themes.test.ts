import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { contrastRatio } from "../../src/embed/accent";

const palette = readFileSync("src/app/palette.css", "utf8");

/** The custom properties of the first block after `marker`, each as its light and dark value. */
function block(marker: string): Record<string, { light: string; dark: string }> {
  const start = palette.indexOf(marker);
  expect(start, marker).toBeGreaterThanOrEqual(0);
  const body = palette.slice(palette.indexOf("{", start) + 1, palette.indexOf("}", start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => {
      const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value.trim());
      return [name, pair ? { light: pair[1], dark: pair[2] } : { light: value.trim(), dark: value.trim() }];
    }),
  );
}

const page = block(":root {");
const present = { ...page, ...block(".presenter {") };
const print = { ...page, ...block(".print-handout {") };

describe("the palette (app/palette.css)", () => {
  it("is the only place colours are defined: no other stylesheet sets a colour variable or a colour", () => {
    for (const file of ["src/app/app.css", "src/presentation/present.css", "src/components/print.css", "src/components/EventList.css", "src/embed/EmbedDialog.css", "src/embed/embed.css"]) {
      const css = readFileSync(file, "utf8");
      expect(css, file).not.toMatch(/--(bg|panel|ink|ink-soft|rule|grid|accent|focus|as-of|legend-ink|cat-\d|edge-\d)\s*:/);
      // Print's own white page is the one literal colour left: the sheet of paper.
      expect(css.replace(/background: #ffffff; color: #000000;/, ""), file).not.toMatch(/#[0-9a-f]{3,6}\b/i);
    }
  });

  it.each([
    ["the page, light", page, "light"],
    ["the page, dark", page, "dark"],
    ["a presentation, light", present, "light"],
    ["a presentation, dark", present, "dark"],
    ["the printed handout", print, "light"],
  ] as const)("%s: text, links and the as-of line reach WCAG AA on the page and on panels", (_, colours, scheme) => {
    for (const bg of [colours["--bg"][scheme], colours["--panel"][scheme]]) {
      for (const fg of ["--ink", "--ink-soft", "--accent", "--legend-ink", "--as-of"]) expect(contrastRatio(colours[fg][scheme], bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(["light", "dark"] as const)("%s: category edges keep 3:1 against the page, errors and highlighted text are legible", (scheme) => {
    for (let i = 0; i < 9; i++) expect(contrastRatio(page[`--edge-${i}`][scheme], page["--bg"][scheme]), `--edge-${i}`).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(page["--error"][scheme], page["--bg"][scheme])).toBeGreaterThanOrEqual(4.5);
    for (const behind of ["--highlight", "--phrase-dated", "--phrase-unresolved"]) expect(contrastRatio(page["--ink"][scheme], page[behind][scheme]), behind).toBeGreaterThanOrEqual(4.5);
  });

  it("the theme chooses the scheme: following the reader by default, or forced by data-theme", () => {
    expect(palette).toMatch(/:root \{\s*color-scheme: light dark;/);
    expect(palette).toMatch(/:root\[data-theme="light"\] \{\s*color-scheme: light;/);
    expect(palette).toMatch(/:root\[data-theme="dark"\] \{\s*color-scheme: dark;/);
  });
});
