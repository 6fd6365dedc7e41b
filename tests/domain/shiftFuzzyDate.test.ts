import { describe, expect, it } from "vitest";
import { shiftEdtf, unitsBetween } from "../../src/domain/shiftFuzzyDate";
import { dayOf } from "../../src/domain/fuzzyDate";

describe("moving a date keeps its precision", () => {
  it("a day, a month and a year move by their own unit, across year ends", () => {
    expect(shiftEdtf("2018-12-31", 1, "day")).toBe("2019-01-01");
    expect(shiftEdtf("2018-12", 1, "month")).toBe("2019-01");
    expect(shiftEdtf("2018", -3, "year")).toBe("2015");
  });

  it("qualifiers, spans and deadlines move whole", () => {
    expect(shiftEdtf("2018-07~", 2, "month")).toBe("2018-09~");
    expect(shiftEdtf("2019-01-17/2019-01-18", 1, "day")).toBe("2019-01-18/2019-01-19");
    expect(shiftEdtf("[..2019-02-28]", 1, "day")).toBe("[..2019-03-01]");
  });

  it("a span's end moves alone, and never before its start", () => {
    expect(shiftEdtf("2019-01-17/2019-01-18", 2, "day", "end")).toBe("2019-01-17/2019-01-20");
    expect(shiftEdtf("2019-01-17/2019-01-18", -1, "day", "end")).toBeUndefined();
  });

  it("a day moved by months stays in its month (31 January → 28 February)", () => {
    expect(shiftEdtf("2019-01-31", 1, "month")).toBe("2019-02-28");
  });

  it("units between two days count calendar units", () => {
    expect(unitsBetween(dayOf(2019, 2, 28), dayOf(2019, 3, 1), "month")).toBe(1);
    expect(unitsBetween(dayOf(2019, 3, 1), dayOf(2019, 3, 31), "month")).toBe(0);
    expect(unitsBetween(dayOf(2019, 3, 1), dayOf(2019, 2, 20), "day")).toBe(-9);
    expect(unitsBetween(dayOf(2018, 12, 31), dayOf(2019, 1, 1), "year")).toBe(1);
  });
});
