import { describe, expect, it } from "vitest";
import { clusterRangeWords } from "../../src/chart/clusterWords";

describe("a group's dates in words", () => {
  it("says a date its first and last events share once", () => {
    expect(clusterRangeWords("12 June 2018 – 18 January 2019", "12 June 2018 – 18 January 2019")).toBe("12 June 2018 – 18 January 2019");
  });

  it("says where it starts and ends", () => {
    expect(clusterRangeWords("March 2018", "by the end of February 2019")).toBe("March 2018 to by the end of February 2019");
  });
});
