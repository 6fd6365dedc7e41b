import { describe, expect, it, vi } from "vitest";
import { easeInOutCubic, interpolateViewport } from "../../src/presentation/viewportTween";
import { spanOf } from "../../src/layout/viewport";
import { commandForKey, swipeCommand } from "../../src/presentation/presentationKeys";
import { availableChannelKind, isStepMessage, openStepChannel, stepChannelName } from "../../src/presentation/stepChannel";
import { resolveRemoteStep } from "../../src/presentation/useStepSync";
import { exploreSearch, modeOf, presentSearch, presenterSearch } from "../../src/state/appMode";
import { formatElapsed } from "../../src/presentation/presentationSettings";
import { dayOf } from "../../src/domain/fuzzyDate";

describe("moving the view between steps", () => {
  const a = { startDay: 0, endDay: 99 };
  const b = { startDay: 1000, endDay: 1399 };
  it("starts and ends exactly at the two viewports", () => {
    expect(interpolateViewport(a, b, 0)).toBe(a);
    expect(interpolateViewport(a, b, 1)).toBe(b);
  });
  it("moves the middle evenly and changes the span geometrically", () => {
    const half = interpolateViewport(a, b, 0.5);
    expect(spanOf(half)).toBeCloseTo(200); // √(100 × 400)
    expect(half.startDay + spanOf(half) / 2).toBeCloseTo((50 + 1200) / 2);
  });
  it("eases in and out", () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5);
    expect(easeInOutCubic(0.1)).toBeLessThan(0.1);
  });
});

describe("presentation keys", () => {
  const body = { tagName: "BODY" };
  it("→, Space and PageDown go on; ←, PageUp and Shift+Space go back", () => {
    expect(["ArrowRight", " ", "PageDown"].map((key) => commandForKey({ key }, body))).toEqual(["next", "next", "next"]);
    expect(commandForKey({ key: "ArrowLeft" }, body)).toBe("previous");
    expect(commandForKey({ key: "PageUp" }, body)).toBe("previous");
    expect(commandForKey({ key: " ", shiftKey: true }, body)).toBe("previous");
  });
  it("Home, End, F and Escape", () => {
    expect(["Home", "End", "f", "F", "Escape"].map((key) => commandForKey({ key }, body))).toEqual(["first", "last", "fullscreen", "fullscreen", "exit"]);
  });
  it("leaves modified keys, a button's Space and a field's keys alone, but a clicker always turns the page", () => {
    expect(commandForKey({ key: "ArrowRight", ctrlKey: true }, body)).toBeUndefined();
    expect(commandForKey({ key: "f", metaKey: true }, body)).toBeUndefined();
    expect(commandForKey({ key: " " }, { tagName: "BUTTON" })).toBeUndefined();
    expect(commandForKey({ key: "ArrowRight" }, { tagName: "BUTTON" })).toBe("next");
    expect(commandForKey({ key: "ArrowRight" }, { tagName: "INPUT" })).toBeUndefined();
    expect(commandForKey({ key: "Escape" }, { tagName: "SELECT" })).toBeUndefined();
    expect(commandForKey({ key: "PageDown" }, { tagName: "INPUT" })).toBe("next");
    // A checkbox takes no typing: it keeps Space, the rest still work.
    expect(commandForKey({ key: " " }, { tagName: "INPUT", type: "checkbox" })).toBeUndefined();
    expect(commandForKey({ key: "f" }, { tagName: "INPUT", type: "checkbox" })).toBe("fullscreen");
    expect(commandForKey({ key: "f" }, { tagName: "INPUT", type: "text" })).toBeUndefined();
    expect(commandForKey({ key: "x" }, body)).toBeUndefined();
  });
  it("a level swipe to the left goes on, to the right goes back; short or steep ones do nothing", () => {
    expect(swipeCommand(-120, 10)).toBe("next");
    expect(swipeCommand(120, -10)).toBe("previous");
    expect(swipeCommand(-30, 0)).toBeUndefined();
    expect(swipeCommand(-100, 90)).toBeUndefined();
  });
});

describe("the channel between the two windows", () => {
  it("is named after the data", () => {
    expect(stepChannelName("bundled|Title")).toBe("diplomacy-timeline:present:bundled|Title");
  });

  it("only accepts well-formed messages", () => {
    expect(isStepMessage({ type: "step", from: "a", index: 2, eventId: "x" })).toBe(true);
    expect(isStepMessage({ type: "hello", from: "a" })).toBe(true);
    expect(isStepMessage({ type: "step", from: "a", index: -1, eventId: "x" })).toBe(false);
    expect(isStepMessage({ type: "step", index: 1, eventId: "x" })).toBe(false);
    expect(isStepMessage("step")).toBe(false);
  });

  it("two channels of one name hear each other, not themselves (BroadcastChannel)", async () => {
    const name = `test-${Math.random()}`;
    const a = openStepChannel(name);
    const b = openStepChannel(name);
    expect(a.kind).toBe("broadcast");
    const heardByB = vi.fn();
    const heardByA = vi.fn();
    b.subscribe(heardByB);
    a.subscribe(heardByA);
    a.post({ type: "step", from: a.id, index: 3, eventId: "visit" });
    await vi.waitFor(() => expect(heardByB).toHaveBeenCalledWith({ type: "step", from: a.id, index: 3, eventId: "visit" }));
    expect(heardByA).not.toHaveBeenCalled();
    a.close();
    b.close();
  });

  it("falls back to storage events, and to nothing, without throwing", () => {
    const listeners: ((e: { key: string; newValue: string }) => void)[] = [];
    const store = new Map<string, string>();
    const env = {
      localStorage: { setItem: (k: string, v: string) => store.set(k, v) } as unknown as Storage,
      addEventListener: ((_: string, l: (e: { key: string; newValue: string }) => void) => listeners.push(l)) as unknown as Window["addEventListener"],
      removeEventListener: (() => {}) as unknown as Window["removeEventListener"],
    };
    expect(availableChannelKind(env)).toBe("storage");
    const channel = openStepChannel("n", env);
    expect(channel.kind).toBe("storage");
    const heard = vi.fn();
    channel.subscribe(heard);
    channel.post({ type: "hello", from: channel.id });
    expect(JSON.parse(store.get("n")!)).toMatchObject({ type: "hello" });
    // Another window's write arrives as a storage event.
    listeners[0]({ key: "n", newValue: JSON.stringify({ type: "step", from: "other", index: 1, eventId: "e" }) });
    expect(heard).toHaveBeenCalledWith(expect.objectContaining({ index: 1, eventId: "e" }));
    channel.close();

    const none = openStepChannel("n", {});
    expect(none.kind).toBe("none");
    expect(() => none.post({ type: "hello", from: none.id })).not.toThrow();
  });

  it("finds the step by event, so windows that count differently still agree", () => {
    const slides = [{ eventId: "a" }, { eventId: "b" }, { eventId: "c" }].map((s) => ({ ...s, viewport: { startDay: 0, endDay: 1 } }));
    expect(resolveRemoteStep(slides, 1, "b")).toBe(1);
    expect(resolveRemoteStep(slides, 0, "c")).toBe(2);
    expect(resolveRemoteStep(slides, 1, "zz")).toBe(-1);
  });
});

describe("moving between modes", () => {
  it("reads the mode, exploring by default", () => {
    expect(modeOf("")).toBe("explore");
    expect(modeOf("?mode=present")).toBe("present");
    expect(modeOf("?mode=presenter")).toBe("presenter");
    expect(modeOf("?mode=nonsense")).toBe("explore");
  });
  it("Present keeps data and filters, drops the view, and starts at the selected event", () => {
    expect(presentSearch("?data=x.json&event=a&from=2018-01-01&to=2018-12-31&categories=summit", "a")).toBe("?data=x.json&categories=summit&mode=present&event=a");
  });
  it("the presenter window opens on the same step", () => {
    expect(presenterSearch("?mode=present&step=3&categories=summit", 4)).toBe("?mode=presenter&step=5&categories=summit");
  });
  it("Exit selects the presented event and keeps its view", () => {
    const search = exploreSearch("?mode=present&step=3&steps=all&categories=summit", "a", { startDay: dayOf(2018, 1, 1), endDay: dayOf(2018, 12, 31) });
    expect(search).toBe("?categories=summit&event=a&from=2018-01-01&to=2018-12-31");
  });
  it("the presenter's clock reads mm:ss, then h:mm:ss", () => {
    expect(formatElapsed(0)).toBe("00:00");
    expect(formatElapsed(61_500)).toBe("01:01");
    expect(formatElapsed(3_725_000)).toBe("1:02:05");
    expect(formatElapsed(-5)).toBe("00:00");
  });
});
