import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportFileName, toOurJson } from "../../src/export";
import { importAny } from "../../src/import";
import { datasetArb } from "./arbitraries";

describe("toOurJson", { timeout: 120_000 }, () => {
  const bundled = importAny(readFileSync(new URL("../../data/events.json", import.meta.url), "utf8")).dataset!;

  it("writes pretty JSON with $schema and version first", () => {
    const text = toOurJson(bundled);
    expect(text.startsWith('{\n  "$schema": "./dataset.schema.json",\n  "version": 2,\n  "title": ')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(toOurJson(bundled, { schema: "https://example.org/dataset.schema.json" })).toContain('"$schema": "https://example.org/dataset.schema.json"');
  });

  it("imports back to the same dataset, with no issues", () => {
    const back = importAny(toOurJson(bundled));
    expect(back.issues).toEqual([]);
    expect(back.dataset).toEqual({ ...bundled, $schema: "./dataset.schema.json" });
  });

  it("round-trips any valid dataset exactly", () => {
    fc.assert(
      fc.property(datasetArb(), (dataset) => {
        const back = importAny(toOurJson(dataset));
        expect(back.issues).toEqual([]);
        const { $schema: _s, ...rest } = back.dataset!;
        const { $schema: _t, ...original } = dataset;
        expect(rest).toEqual(original);
      }),
      { numRuns: 60 },
    );
  });

  it("names download files after the title", () => {
    expect(exportFileName("US–North Korea diplomacy, as reported", ".timeline.json")).toBe("us-north-korea-diplomacy-as-reported.timeline.json");
    expect(exportFileName("北朝鮮", ".timelinejs.json")).toBe("timeline.timelinejs.json");
    expect(exportFileName("Trump–Kim: the Hanoi summit (2019)", "-1920x1080.png")).toBe("trump-kim-the-hanoi-summit-2019-1920x1080.png");
  });
});
