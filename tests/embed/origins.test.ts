import { describe, expect, it } from "vitest";
import { httpOriginOf, isFromExpected, knownParentOrigin, targetOriginFor } from "../../src/embed/origins";

describe("origins", () => {
  it("takes the origin of http(s) addresses only", () => {
    expect(httpOriginOf("https://news.example/2019/article.html?x=1")).toBe("https://news.example");
    expect(httpOriginOf("/timeline/?mode=embed", "http://127.0.0.1:4000/a")).toBe("http://127.0.0.1:4000");
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "not a url", "", null, undefined]) expect(httpOriginOf(bad)).toBeUndefined();
  });

  it("the browser's ancestorOrigins wins over parameters", () => {
    expect(knownParentOrigin("?parentUrl=https%3A%2F%2Fevil.example%2F", ["https://news.example"])).toBe("https://news.example");
  });

  it("else parentOrigin, else Pym's parentUrl, else unknown", () => {
    expect(knownParentOrigin("?parentOrigin=https://news.example&parentUrl=https%3A%2F%2Fother.example%2Fa")).toBe("https://news.example");
    expect(knownParentOrigin("?parentUrl=https%3A%2F%2Fnews.example%2F2019%2Fstory.html")).toBe("https://news.example");
    expect(knownParentOrigin("?mode=embed")).toBeUndefined();
    expect(knownParentOrigin("?parentUrl=javascript:alert(1)")).toBeUndefined();
  });

  it("an opaque parent origin (a sandboxed page) counts as unknown", () => {
    expect(knownParentOrigin("", ["null"])).toBeUndefined();
    expect(targetOriginFor(undefined)).toBe("*");
    expect(targetOriginFor("https://news.example")).toBe("https://news.example");
  });

  it("a message counts only from the expected window and, when known, origin", () => {
    const parent = {};
    expect(isFromExpected({ origin: "https://news.example", source: parent }, { source: parent, origin: "https://news.example" })).toBe(true);
    expect(isFromExpected({ origin: "https://evil.example", source: parent }, { source: parent, origin: "https://news.example" })).toBe(false);
    expect(isFromExpected({ origin: "https://news.example", source: {} }, { source: parent, origin: "https://news.example" })).toBe(false);
    expect(isFromExpected({ origin: "https://any.example", source: parent }, { source: parent })).toBe(true);
    expect(isFromExpected({ origin: "https://any.example", source: null }, { source: null })).toBe(false);
  });
});
