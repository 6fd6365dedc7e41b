import { describe, expect, it } from "vitest";
import { isSafeLink } from "../../src/import/isSafeLink";

describe("isSafeLink", () => {
  it("allows http, https and mailto", () => {
    for (const link of ["https://www.bbc.com/news/x", "http://example.org", "mailto:desk@example.org", "HTTPS://EXAMPLE.ORG"]) expect(isSafeLink(link)).toBe(true);
  });

  it("refuses javascript:, data:, vbscript:, file:, relative and protocol-relative links, and disguises", () => {
    for (const link of [
      "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0000javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example", "/static/img.jpg", "", "https://" + "a".repeat(3000),
    ]) {
      expect(isSafeLink(link), link).toBe(false);
    }
    expect(isSafeLink(42)).toBe(false);
    expect(isSafeLink(undefined)).toBe(false);
  });
});
