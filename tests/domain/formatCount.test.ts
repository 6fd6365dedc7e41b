import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatCount, plural } from "../../src/domain/formatCount";

describe("formatCount", () => {
  it("writes counts as English does, with a comma between thousands", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(25)).toBe("25");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(100000)).toBe("100,000");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(-4500)).toBe("-4,500");
  });

  it("says what toLocaleString(\"en\") says, for any whole number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer()), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString("en"));
      }),
    );
  });

  it("names what is counted, in the singular for one", () => {
    expect(plural(1, "event")).toBe("1 event");
    expect(plural(0, "event")).toBe("0 events");
    expect(plural(1200, "day")).toBe("1,200 days");
    expect(plural(2, "entry", "entries")).toBe("2 entries");
  });
});
