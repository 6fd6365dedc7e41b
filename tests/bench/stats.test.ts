import { describe, expect, it } from "vitest";
import { markdownTable, median, percentile } from "../../bench/stats";

describe("bench statistics", () => {
  it("percentile uses the nearest rank", () => {
    const frames = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(frames, 50)).toBe(50);
    expect(percentile(frames, 95)).toBe(95);
    expect(percentile([16.7, 16.7, 16.7, 200], 95)).toBe(200);
    expect(percentile([], 95)).toBeUndefined();
  });

  it("median skips missing values and averages the middle pair", () => {
    expect(median([3, undefined, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([undefined, null])).toBeUndefined();
  });

  it("markdownTable escapes pipes in cells", () => {
    expect(markdownTable(["a", "b"], [["1", "x|y"]])).toBe("| a | b |\n| --- | --- |\n| 1 | x\\|y |");
  });
});
