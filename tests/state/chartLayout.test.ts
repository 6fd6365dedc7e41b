import { describe, expect, it } from "vitest";
import { isVerticalLayout, mayBeVertical, VERTICAL_MAX_WIDTH_PX } from "../../src/state/chartLayout";
import { readParam } from "../../src/state/url";

describe("the chart's layout", () => {
  it("runs down the page at 480 px and below, unless the address forces one", () => {
    expect(isVerticalLayout("auto", VERTICAL_MAX_WIDTH_PX)).toBe(true);
    expect(isVerticalLayout("auto", 481)).toBe(false);
    expect(isVerticalLayout("vertical", 1280)).toBe(true);
    expect(isVerticalLayout("horizontal", 320)).toBe(false);
  });

  it("reads layout= from the address, and names a value it cannot use", () => {
    expect(readParam("?layout=vertical", "layout")).toEqual({ value: "vertical" });
    expect(readParam("", "layout")).toEqual({ value: "auto" });
    expect(readParam("?layout=sideways", "layout")).toEqual({ value: "auto", ignored: "layout=sideways (use auto, vertical or horizontal)" });
  });

  it("guesses from the window, before anything is measured, whether the vertical layout's code will be needed: erring wide", () => {
    expect(mayBeVertical("", 360)).toBe(true);
    // A 540 px window with 30 px of padding a side has a 480 px chart.
    expect(mayBeVertical("", 540)).toBe(true);
    expect(mayBeVertical("", 1280)).toBe(false);
    expect(mayBeVertical("?layout=vertical", 1280)).toBe(true);
    expect(mayBeVertical("?layout=horizontal", 360)).toBe(false);
    // A hidden frame measures 0: nothing to guess from.
    expect(mayBeVertical("", 0)).toBe(false);
  });
});
