import { afterEach, describe, expect, it } from "vitest";
import { findExcessiveNesting, own, parseJsonSafely } from "../../src/import/safeJson";
import { MAX_JSON_DEPTH } from "../../src/import/limits";

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe("parseJsonSafely", () => {
  it("parses ordinary JSON", () => {
    expect(parseJsonSafely('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] }, issues: [] });
  });

  it("drops __proto__, constructor and prototype keys and says so", () => {
    const result = parseJsonSafely('{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"polluted": true}}}, "b": 1}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ a: {}, b: 1 });
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(result.issues.map((i) => i.message).join(" ")).toMatch(/"__proto__".*ignored/);
    // Even merging the result into another object pollutes nothing.
    Object.assign({}, result.value);
  });

  it("drops a prototype key spelled with \\u escapes too", () => {
    const result = parseJsonSafely('{"\\u005f_proto__": {"polluted": true}, "a": 1}');
    expect(result).toMatchObject({ ok: true, value: { a: 1 } });
    expect(result.issues).toHaveLength(1);
  });

  it("reports a syntax error with its line and column and a hint", () => {
    const result = parseJsonSafely('{\n  "a": 1,\n}');
    expect(result.ok).toBe(false);
    expect(result.issues[0].path).toBe("line 3, column 1");
    expect(result.issues[0].message).toMatch(/^is not valid JSON: .*trailing comma/);
  });

  it("never echoes the file's content in the message", () => {
    const result = parseJsonSafely(`{"a": tru ${"<script>".repeat(100)}}`);
    expect(result.issues[0].message).not.toContain("<script>");
  });

  it("refuses deep nesting before parsing, with the place", () => {
    const result = parseJsonSafely("[".repeat(100_000) + "]".repeat(100_000));
    expect(result.ok).toBe(false);
    expect(result.issues[0].path).toBe(`line 1, column ${MAX_JSON_DEPTH + 1}`);
    expect(result.issues[0].message).toMatch(/nested more than 64 levels/);
  });

  it("does not count brackets inside strings", () => {
    expect(findExcessiveNesting(`{"a": "${"[".repeat(1000)}\\"${"{".repeat(1000)}"}`)).toBeUndefined();
  });

  it("ends a string at a quote after an escaped backslash, and counts the brackets after it", () => {
    // "a\\" is the text a\ (the string ends there); the 65 brackets after it nest.
    const text = `["a\\\\", ${"[".repeat(65)}${"]".repeat(66)}`;
    // The outer array is the first level: the 64th bracket after the string is the 65th.
    expect(findExcessiveNesting(text)).toBe(text.indexOf("[", 1) + 63);
    // An escaped quote (a\") does not end it: the brackets are text.
    expect(findExcessiveNesting(`["a\\"${"[".repeat(100)}"]`)).toBeUndefined();
  });

  it("accepts a byte order mark", () => {
    expect(parseJsonSafely('\uFEFF{"a": 1}')).toMatchObject({ ok: true, value: { a: 1 } });
  });
});

describe("own", () => {
  it("reads only an object's own fields, never inherited ones", () => {
    expect(own({ a: 1 }, "a")).toBe(1);
    expect(own({}, "constructor")).toBeUndefined();
    expect(own({}, "toString")).toBeUndefined();
    expect(own([1], "length")).toBeUndefined();
    expect(own(null, "a")).toBeUndefined();
  });
});
