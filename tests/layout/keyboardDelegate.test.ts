import { describe, expect, it } from "vitest";
import { createKeyboardDelegate } from "../../src/layout/keyboardDelegate";
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
});
