import { describe, expect, it } from "vitest";
import { decodeEntities, escapeHtml, htmlToText } from "../../src/import/htmlToText";

const text = (html: string, singleLine = false) => htmlToText(html, { singleLine }).text;

describe("htmlToText", { timeout: 30_000 }, () => {
  it("drops tags and keeps their words", () => {
    expect(text("<p>Trump and Kim met in <b>Singapore</b>.</p>")).toBe("Trump and Kim met in Singapore.");
    expect(text('<a href="http://example.org">Tom Marcello</a>')).toBe("Tom Marcello");
  });

  it("turns <br> and block elements into line breaks, and joins them in single-line mode", () => {
    expect(text("Whitney Houston<br/> 1963 - 2012")).toBe("Whitney Houston\n1963 - 2012");
    expect(text("Whitney Houston<br/> 1963 - 2012", true)).toBe("Whitney Houston 1963 - 2012");
    expect(text("<p>One</p><p>Two</p>")).toBe("One\n\nTwo");
    expect(text("<ul><li>a</li><li>b</li></ul>")).toBe("• a\n• b");
  });

  it("collapses whitespace as HTML does", () => {
    expect(text("  a \n\t b  ")).toBe("a b");
  });

  it("drops the contents of script, style, iframe and similar elements, and counts them", () => {
    const result = htmlToText("Hello<script>alert('x')</script> <style>p{}</style>world<iframe src=x>inner</iframe>!");
    expect(result.text).toBe("Hello world!");
    expect(result.codeRemoved).toBe(3);
  });

  it("drops an unclosed script to the end rather than showing its code", () => {
    expect(text("Safe <script>alert(1)")).toBe("Safe");
    expect(text("Safe <SCRIPT type='x'>alert(1)</SCRIPT >after")).toBe("Safe after");
  });

  it("drops event handler attributes with their tags", () => {
    const out = text('<img src=x onerror="alert(1)"><svg onload=alert(1)><circle/></svg><b onclick=\'steal()\'>bold</b>');
    expect(out).toBe("bold");
    expect(out).not.toMatch(/alert|steal|onerror/);
  });

  it("reads attributes with quotes and > inside them as part of the tag", () => {
    expect(text('<a title="a > b" href=\'x>y\'>link</a> after')).toBe("link after");
    expect(text("<p class=it's>text</p>")).toBe("text");
  });

  it("treats a < that starts no tag as text", () => {
    expect(text("3 < 4 and 5 <= 6")).toBe("3 < 4 and 5 <= 6");
  });

  it("drops comments, including unclosed ones", () => {
    expect(text("a<!-- <script>x</script> -->b")).toBe("ab");
    expect(text("a<!-- never closed")).toBe("a");
  });

  it("decodes named and numeric entities; encoded markup stays text", () => {
    expect(text("Trump &amp; Kim &ndash; &#8220;talks&#x201D; &eacute;t&eacute;")).toBe("Trump & Kim – “talks” été");
    expect(text("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("<script>alert(1)</script>");
  });

  it("replaces impossible character references instead of failing", () => {
    expect(decodeEntities("&#0;&#xD800;&#x110000;&#99999999;")).toBe("\uFFFD\uFFFD\uFFFD\uFFFD");
    expect(decodeEntities("&#150;")).toBe("–");
    expect(decodeEntities("&unknown; &amp")).toBe("&unknown; &");
  });

  it("removes control characters", () => {
    expect(text("a\u0000b\u0007c")).toBe("abc");
  });

  it("stops early at maxLength and says it cut", () => {
    const huge = "word ".repeat(2_000_000);
    const result = htmlToText(huge, { maxLength: 100 });
    expect(result.text.length).toBeLessThanOrEqual(100);
    expect(result.truncated).toBe(true);
  });

  it("finishes on pathological markup, with no markup left (a backtracking parser would hang here until the test timeout)", () => {
    for (const html of ["<a ".repeat(200_000), "<".repeat(500_000), "<!".repeat(200_000), "<p title='".repeat(100_000), "<script>".repeat(100_000), "&amp;".repeat(200_000)]) {
      expect(htmlToText(html).text).not.toMatch(/<[a-z!/?]/i);
    }
  });
});

describe("escapeHtml", () => {
  it("escapes the characters that mean something in HTML, and htmlToText undoes it", () => {
    const plain = `<script>alert("x")</script> & 'quotes'`;
    expect(escapeHtml(plain)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
    expect(text(escapeHtml(plain))).toBe(plain);
  });
});
