import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_PARTS, pageOptionsFromSearch, pageParams, parseHexColour } from "../../src/embed/pageOptions";

describe("page options from the URL", () => {
  it("defaults: not an embed, auto theme, no accent, compact embed parts, nothing ignored", () => {
    expect(pageOptionsFromSearch("")).toEqual({ embed: false, theme: "auto", accent: undefined, parts: DEFAULT_EMBED_PARTS, ignored: [] });
    expect(DEFAULT_EMBED_PARTS).toEqual({ title: true, dek: false, credit: true, filters: "collapse", list: "collapse" });
  });

  it("reads mode=embed, the theme, the accent and the parts", () => {
    const o = pageOptionsFromSearch("?mode=embed&theme=dark&accent=C2410C&title=0&credit=no&dek=1&filters=hide&list=1");
    expect(o).toEqual({ embed: true, theme: "dark", accent: "#c2410c", parts: { title: false, dek: true, credit: false, filters: "hide", list: "show" }, ignored: [] });
  });

  it("accepts #rgb and #rrggbb accents, and nothing else, naming what it ignored", () => {
    expect(parseHexColour("#06c")).toBe("#0066cc");
    expect(parseHexColour("0B5CAD")).toBe("#0b5cad");
    for (const bad of ["red", "#12345", "url(x)", "0b5cad;color:red", "rgb(0,0,0)"]) expect(parseHexColour(bad)).toBeUndefined();
    const o = pageOptionsFromSearch("?accent=red&theme=sepia&list=maybe&title=perhaps");
    expect(o.accent).toBeUndefined();
    expect(o.theme).toBe("auto");
    expect(o.ignored).toEqual(["theme=sepia (use auto, light or dark)", "accent=red (use a hex colour such as 0b5cad)", "title=perhaps (use 1 or 0)", "list=maybe (use show, collapse or hide)"]);
  });

  it("leaves other modes to the app (no notice for mode=present)", () => {
    expect(pageOptionsFromSearch("?mode=present").ignored).toEqual([]);
    expect(pageOptionsFromSearch("?mode=present").embed).toBe(false);
  });

  it("writes only what differs from the defaults, and reads back the same", () => {
    expect(pageParams({ theme: "auto", parts: DEFAULT_EMBED_PARTS })).toEqual([["mode", "embed"]]);
    const parts = { title: false, dek: false, credit: true, filters: "show", list: "hide" } as const;
    const params = pageParams({ theme: "light", accent: "#aa0000", parts });
    expect(params).toEqual([["mode", "embed"], ["theme", "light"], ["accent", "aa0000"], ["title", "0"], ["filters", "show"], ["list", "hide"]]);
    const back = pageOptionsFromSearch(`?${new URLSearchParams(params)}`);
    expect(back).toMatchObject({ embed: true, theme: "light", accent: "#aa0000", parts, ignored: [] });
  });
});
