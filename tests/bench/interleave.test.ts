import { describe, expect, it } from "vitest";
import { interleave } from "../../bench/interleave";

describe("interleave: the order of runs when builds are compared", () => {
  it("alternates the targets run by run: ours 1, theirs 1, ours 2, theirs 2", () => {
    expect(interleave(2, ["ours", "theirs"]).map(({ run, target }) => `${target} ${run}`)).toEqual(["ours 1", "theirs 1", "ours 2", "theirs 2"]);
  });

  it("takes every target in turn, each the requested number of times", () => {
    const order = interleave(5, ["ours", "against", "peer"]);
    expect(order).toHaveLength(15);
    expect(order.slice(0, 3).map((o) => o.target)).toEqual(["ours", "against", "peer"]);
    for (const t of ["ours", "against", "peer"]) expect(order.filter((o) => o.target === t).map((o) => o.run)).toEqual([1, 2, 3, 4, 5]);
  });

  it("is plain sequential runs for a single target", () => {
    expect(interleave(3, ["ours"]).map((o) => o.run)).toEqual([1, 2, 3]);
  });
});
