import { describe, expect, it } from "vitest";
import { createKeyboardDelegate, markKeyAction } from "../../src/layout/keyboardDelegate";
import { makeTimeline } from "../fixtures/makeTimeline";

const t = makeTimeline([
  { when: "2018-06-12", category: "summit" },
  { when: "2018-09-01", category: "visit" },
  { when: "2018-06-20", category: "visit" },
  { when: "2019-01-18", category: "summit" },
]);
const keys = createKeyboardDelegate(t.events, "category", t.actors, t.categories);

describe("keyboard delegate", () => {
  it("moves through time with next and previous, stopping at the ends", () => {
    expect(keys.first()).toBe("e0");
    expect(keys.next("e0")).toBe("e2");
    expect(keys.next("e2")).toBe("e1");
    expect(keys.previous("e1")).toBe("e2");
    expect(keys.previous("e0")).toBe("e0");
    expect(keys.last()).toBe("e3");
    expect(keys.next("e3")).toBe("e3");
  });
  it("moves between lanes to the event nearest in time", () => {
    expect(keys.laneBelow("e0")).toBe("e2");
    expect(keys.laneAbove("e1")).toBe("e0");
    expect(keys.laneAbove("e0")).toBeUndefined();
  });
  it("keys follow the chart's direction: → is later across the page, ↓ is later down it", () => {
    expect(markKeyAction(keys, "e0", "ArrowRight", "across")).toEqual({ move: "e2" });
    expect(markKeyAction(keys, "e0", "ArrowDown", "down")).toEqual({ move: "e2" });
    expect(markKeyAction(keys, "e0", "ArrowDown", "across")).toEqual({ move: "e2" }); // the lane below
    expect(markKeyAction(keys, "e1", "ArrowUp", "across")).toEqual({ move: "e0" });
    expect(markKeyAction(keys, "e1", "ArrowLeft", "down")).toEqual({ move: "e0" });
    expect(markKeyAction(keys, "e1", "ArrowUp", "down")).toEqual({ move: "e2" });
    expect(markKeyAction(keys, "e1", "End", "down")).toEqual({ move: "e3" });
    expect(markKeyAction(keys, "e1", "Enter", "across")).toEqual({ select: "e1", compare: false });
    expect(markKeyAction(keys, "e1", "c", "down")).toEqual({ select: "e1", compare: true });
    expect(markKeyAction(keys, "e1", "x", "across")).toBeUndefined();
  });
});
