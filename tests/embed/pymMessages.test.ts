import { describe, expect, it } from "vitest";
import { DEFAULT_CHILD_ID, encodePymMessage, isPymId, parseHeight, parsePymMessage, PYM_DELIMITER } from "../../src/embed/pymMessages";

describe("Pym message codec", () => {
  it("writes Pym's format: pym, id, type and message joined by xPYMx", () => {
    expect(encodePymMessage({ id: "timeline-1", type: "height", message: "812" })).toBe("pymxPYMxtimeline-1xPYMxheightxPYMx812");
    expect(PYM_DELIMITER).toBe("xPYMx");
  });

  it("reads what it writes, and what a Pym parent sends (width)", () => {
    expect(parsePymMessage("pymxPYMxtimeline-1xPYMxwidthxPYMx640")).toEqual({ id: "timeline-1", type: "width", message: "640" });
    const round = { id: DEFAULT_CHILD_ID, type: "height", message: "1200" };
    expect(parsePymMessage(encodePymMessage(round))).toEqual(round);
  });

  it("keeps a message that itself contains the delimiter whole, as Pym's (.*) does", () => {
    expect(parsePymMessage("pymxPYMxaxPYMxnavigateToxPYMxhttps://x/?qxPYMxy")?.message).toBe("https://x/?qxPYMxy");
  });

  it("with an id, reads only messages for that child", () => {
    expect(parsePymMessage("pymxPYMxotherxPYMxwidthxPYMx640", "mine")).toBeUndefined();
    expect(parsePymMessage("pymxPYMxminexPYMxwidthxPYMx640", "mine")?.type).toBe("width");
  });

  it.each([
    ["an object", { type: "height", height: 10 }],
    ["a number", 42],
    ["null", null],
    ["another library's string", "setHeight:812"],
    ["too few parts", "pymxPYMxidxPYMxheight"],
    ["a wrong prefix", "pimxPYMxidxPYMxheightxPYMx1"],
    ["an id with spaces", "pymxPYMxa bxPYMxheightxPYMx1"],
    ["an empty type", "pymxPYMxidxPYMxxPYMx1"],
    ["a type with spaces", "pymxPYMxidxPYMxhe ightxPYMx1"],
    ["a huge string", `pymxPYMxidxPYMxheightxPYMx${"9".repeat(20_000)}`],
  ])("ignores %s", (_, data) => {
    expect(parsePymMessage(data)).toBeUndefined();
  });

  it("ids are plain element-id characters (a Pym parent builds a RegExp from them)", () => {
    expect(isPymId("timeline_embed-2")).toBe(true);
    expect(isPymId("a(b)*")).toBe(false);
    expect(isPymId("")).toBe(false);
  });

  it("heights are whole positive pixels within reason", () => {
    expect(parseHeight("812")).toBe(812);
    expect(parseHeight(" 812 ")).toBe(812);
    for (const bad of ["0", "-5", "12.5", "12px", "", "abc", "999999", "1e3"]) expect(parseHeight(bad)).toBeUndefined();
  });
});
