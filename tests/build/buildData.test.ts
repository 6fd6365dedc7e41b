import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { bundledDataPath, bundledTimelineJson } from "../../scripts/embedBuild";
import { splitBuildArgs } from "../../scripts/buildArgs";

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), "timeline-build-"));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const valid = JSON.parse(readFileSync(join(root, "tests/e2e/fixtures/small.json"), "utf8"));

/** What the build plugin makes of a file: its JSON text, or the message the build fails with. */
async function check(file: string) {
  const warnings: string[] = [];
  try {
    const text = await bundledTimelineJson(root, file, (m) => warnings.push(m), (m) => {
      throw new Error(m);
    });
    return { json: JSON.parse(text), warnings };
  } catch (e) {
    return { failure: (e as Error).message, warnings };
  }
}

describe("npm run build -- --data FILE", () => {
  it("takes --data PATH or --data=PATH out of the arguments for vite, and says when the path is missing", () => {
    expect(splitBuildArgs(["--data", "my.json", "--outDir", "out"])).toEqual({ dataPath: "my.json", rest: ["--outDir", "out"] });
    expect(splitBuildArgs(["--data=my.json"])).toEqual({ dataPath: "my.json", rest: [] });
    expect(splitBuildArgs(["--outDir", "out"])).toEqual({ dataPath: undefined, rest: ["--outDir", "out"] });
    expect(splitBuildArgs(["--data"]).problem).toMatch(/--data needs the path of a timeline file/);
    expect(splitBuildArgs(["--data", "--outDir"]).problem).toMatch(/--data needs the path/);
  });

  it("bundles TIMELINE_DATA when set, else data/events.json", () => {
    expect(bundledDataPath({ TIMELINE_DATA: "news/timeline.json" })).toBe("news/timeline.json");
    expect(bundledDataPath({})).toBe("data/events.json");
    expect(bundledDataPath({ TIMELINE_DATA: "  " })).toBe("data/events.json");
  });

  it("a valid file becomes the bundled timeline, its dates parsed", async () => {
    const result = await check(write("valid.json", JSON.stringify(valid)));
    expect(result.failure).toBeUndefined();
    expect(result.json.dataset.title).toBe("A small test timeline");
    expect(result.json.dataset.events.map((e: { id: string }) => e.id)).toEqual(["treaty-signed"]);
    expect(result.json.dates["1991-07-31"].precision).toBe("day");
  });

  it("an invalid file stops the build, naming the file, the field and the problem as the app does", async () => {
    const file = write("invalid.json", JSON.stringify({ ...valid, events: [{ ...valid.events[0], when: "sometime in spring" }] }));
    const result = await check(file);
    expect(result.failure).toContain(`${file} has problems the app would report`);
    expect(result.failure).toMatch(/events\[0\]\.when: /);
    // One bad event among good ones: the app would open the rest; a build does not publish it short.
    const oneBad = write("one-bad.json", JSON.stringify({ ...valid, events: [...valid.events, { ...valid.events[0], id: "second", when: "2019-02-30" }] }));
    expect((await check(oneBad)).failure).toMatch(/one-bad\.json has problems the app would report:\n.*events\[1\]\.when: /);
  });

  it("a file that is not JSON names the line and column; a missing file says so", async () => {
    const broken = write("broken.json", '{\n  "version": 1,\n  "title": "x",,\n}');
    expect((await check(broken)).failure).toMatch(new RegExp(`${broken} line 3, column \\d+: is not valid JSON`));
    expect((await check(join(dir, "nowhere.json"))).failure).toMatch(/nowhere\.json could not be read: there is no such file/);
  });

  it("the build command itself fails on an invalid file, with the message", () => {
    const file = write("invalid-cli.json", JSON.stringify({ ...valid, events: [{ ...valid.events[0], status: "maybe" }] }));
    const run = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/build.ts", "--data", file, "--outDir", join(dir, "dist")], { cwd: root, encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(`${file} has problems the app would report`);
    expect(`${run.stdout}${run.stderr}`).toMatch(/events\[0\]\.status: /);
  });
});
