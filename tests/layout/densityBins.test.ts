import { describe, expect, it } from "vitest";
import { densityBins } from "../../src/layout/densityBins";

const extent = { startDay: 0, endDay: 99 };

describe("densityBins", () => {
  it("counts a one-day event in the bin that holds its day", () => {
    expect(densityBins([{ startDay: 0, endDay: 0 }, { startDay: 55, endDay: 55 }, { startDay: 59, endDay: 59 }], extent, 10)).toEqual([1, 0, 0, 0, 0, 2, 0, 0, 0, 0]);
  });

  it("counts a span once in every bin it overlaps", () => {
    expect(densityBins([{ startDay: 15, endDay: 42 }], extent, 10)).toEqual([0, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it("the last day of the extent falls in the last bin", () => {
    expect(densityBins([{ startDay: 99, endDay: 99 }], extent, 4)).toEqual([0, 0, 0, 1]);
  });

  it("clips events that run past the extent and skips those outside it", () => {
    expect(densityBins([{ startDay: -50, endDay: 5 }, { startDay: 90, endDay: 500 }, { startDay: 200, endDay: 300 }], extent, 5)).toEqual([1, 0, 0, 0, 1]);
  });

  it("agrees with counting event by event, bin by bin", () => {
    const extents = Array.from({ length: 500 }, (_, i) => ({ startDay: (i * 37) % 100, endDay: ((i * 37) % 100) + (i % 7) * 3 }));
    const bins = 16;
    // A day belongs to the bin that holds its start.
    const binOfDay = (day: number) => Math.floor((day * bins) / 100);
    const naive = Array.from({ length: bins }, (_, b) =>
      extents.filter((e) => Array.from({ length: e.endDay - e.startDay + 1 }, (_, i) => e.startDay + i).some((day) => day <= 99 && binOfDay(day) === b)).length,
    );
    expect(densityBins(extents, extent, bins)).toEqual(naive);
  });

  it("no bins, no counts", () => {
    expect(densityBins([{ startDay: 1, endDay: 2 }], extent, 0)).toEqual([]);
  });
});
