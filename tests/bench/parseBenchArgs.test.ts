import { describe, expect, it } from "vitest";
import { caseLabel, DEFAULT_COMPARE_RUNS, DEFAULT_RUNS, parseBenchArgs } from "../../bench/parseBenchArgs";

const parse = (...argv: string[]) => parseBenchArgs(argv, 7);

describe("parseBenchArgs", () => {
  it("measures the default view and four generated sizes by default", () => {
    const o = parse();
    expect(o.sizes).toEqual(["bundled", 100, 1000, 10_000, 100_000]);
    expect(o.runs).toBe(DEFAULT_RUNS);
    expect(o.seed).toBe(7);
  });

  it("takes the pages bundled and embed among the sizes, in the order given, once each", () => {
    expect(parse("--sizes", "bundled,embed,1_000,1000").sizes).toEqual(["bundled", "embed", 1000]);
    expect(parse("--sizes=embed").sizes).toEqual(["embed"]);
  });

  it("names a size it cannot read", () => {
    expect(() => parse("--sizes", "1000,big")).toThrow(/--sizes: "big" is neither a positive number of events nor one of bundled, embed/);
    expect(() => parse("--sizes", "-5")).toThrow(/"-5"/);
  });

  it("takes the median of more runs when comparing, unless --runs says otherwise", () => {
    expect(parse("--against", "../old").runs).toBe(DEFAULT_COMPARE_RUNS);
    expect(parse("--peer", "vis-timeline").runs).toBe(DEFAULT_COMPARE_RUNS);
    expect(parse("--runs", "2", "--against", "../old").runs).toBe(2);
    expect(parse("--against", "../old", "--runs=1").runs).toBe(1);
  });

  it("reads --against, the labels and the peer", () => {
    const o = parse("--against", "/work/old", "--label-ours", "new", "--label-against=old", "--peer", "vis-timeline");
    expect(o).toMatchObject({ against: "/work/old", labelOurs: "new", labelAgainst: "old", peer: "vis-timeline" });
  });

  it("refuses a peer it does not know, a label without --against, and unknown options", () => {
    expect(() => parse("--peer", "timelinejs")).toThrow(/"timelinejs" is not one the benchmark knows \(vis-timeline\)/);
    expect(() => parse("--label-against", "old")).toThrow(/no --against/);
    expect(() => parse("--fast")).toThrow(/unknown option --fast/);
    expect(() => parse("--against")).toThrow(/--against needs a value/);
  });
});

describe("caseLabel", () => {
  it("writes event counts with thousands separators and pages by name", () => {
    expect(caseLabel(100_000)).toBe("100,000");
    expect(caseLabel("embed")).toBe("embed");
  });
});
