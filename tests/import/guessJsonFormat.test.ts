/**
 * The guess that starts an importer's download before the file is parsed must name the importer the
 * parsed file then needs: a wrong guess downloads code the page does not use.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectJsonFormat, guessJsonFormat } from "../../src/import/detectJsonFormat";
import { generateDataset } from "../../bench/generateDataset";
import { toVisData } from "../../bench/toVisData";

const examples = new URL("../fixtures/import/", import.meta.url);
const jsonExamples = readdirSync(examples).filter((name) => name.endsWith(".json"));

describe("guessing a JSON file's format from its start", () => {
  it.each(jsonExamples)("%s: the guess is the format detected once it is parsed", (name) => {
    const text = readFileSync(new URL(name, examples), "utf8");
    const detected = detectJsonFormat(JSON.parse(text));
    expect(detected).toBeDefined();
    expect(guessJsonFormat(text)).toBe(detected);
  });

  it("guesses the app's own format and vis-timeline's for the benchmark's generated files", () => {
    const dataset = generateDataset({ count: 200, seed: 7 });
    expect(guessJsonFormat(JSON.stringify(dataset))).toBe("dataset");
    expect(guessJsonFormat(JSON.stringify(dataset, null, 2))).toBe("dataset");
    expect(guessJsonFormat(JSON.stringify(toVisData(dataset)))).toBe(detectJsonFormat(toVisData(dataset)));
  });

  it("reads past a byte order mark and leading space, and makes no guess for what is not JSON", () => {
    expect(guessJsonFormat('\uFEFF \n {"events": [{"start_date": {"year": 2019}}]}')).toBe("timelinejs");
    expect(guessJsonFormat("title,when\nSummit,2018-06-12")).toBeUndefined();
    expect(guessJsonFormat('{"name": "not a timeline"}')).toBeUndefined();
  });
});
