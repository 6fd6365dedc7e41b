import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scaleLinear } from "d3-scale";
import { linearScale } from "../../src/layout/linearScale";

// d3-scale, now only a test dependency, is the oracle for the few lines that replaced it.
describe("linearScale", () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  it("maps and inverts as d3's scaleLinear does, clamped or not", () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, fc.boolean(), (d0, d1, r0, r1, v, clamp) => {
        fc.pre(Math.abs(d1 - d0) > 1e-3 && Math.abs(r1 - r0) > 1e-3);
        const ours = linearScale([d0, d1], [r0, r1], { clamp });
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]).clamp(clamp);
        const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
        expect(near(ours(v), d3(v))).toBe(true);
        expect(near(ours.invert(v), d3.invert(v))).toBe(true);
      }),
    );
  });
});
