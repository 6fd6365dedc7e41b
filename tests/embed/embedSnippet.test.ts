import { describe, expect, it } from "vitest";
import { embedScriptUrl, embedSnippet, embedUrl } from "../../src/embed/embedSnippet";
import { DEFAULT_EMBED_PARTS, pageOptionsFromSearch } from "../../src/embed/pageOptions";

const base = {
  appUrl: "https://graphics.example/timeline/",
  viewSearch: "?event=singapore-summit&from=2018-01-01&to=2019-03-31&categories=summit,visit&mode=explore&childId=x&parentUrl=y",
  theme: "auto" as const,
  parts: DEFAULT_EMBED_PARTS,
  title: "Interactive timeline: US–North Korea \"diplomacy\"",
};

describe("embed snippet", () => {
  it("the frame opens on the current view in embed mode, without the host's own parameters", () => {
    const url = new URL(embedUrl(base));
    expect(url.origin + url.pathname).toBe("https://graphics.example/timeline/");
    expect(url.search).toBe("?mode=embed&event=singapore-summit&from=2018-01-01&to=2019-03-31&categories=summit,visit");
  });

  it("carries the theme, accent and parts, which the embed reads back", () => {
    const url = embedUrl({ ...base, theme: "dark", accent: "#c2410c", parts: { ...DEFAULT_EMBED_PARTS, credit: false, list: "show" } });
    const options = pageOptionsFromSearch(new URL(url).search);
    expect(options).toMatchObject({ embed: true, theme: "dark", accent: "#c2410c", parts: { credit: false, list: "show", title: true }, ignored: [] });
  });

  it("auto height: a marked iframe and our script, attributes escaped", () => {
    const html = embedSnippet({ ...base, height: { kind: "auto", initialPx: 640 } });
    const [frame, script] = html.split("\n");
    expect(frame).toMatch(/^<iframe src="https:\/\/graphics\.example\/timeline\/\?mode=embed&amp;event=singapore-summit&amp;/);
    expect(frame).toContain(' data-timeline-embed width="100%" height="640"');
    expect(frame).toContain('title="Interactive timeline: US–North Korea &quot;diplomacy&quot;"');
    expect(script).toBe('<script src="https://graphics.example/timeline/embed.js" async></script>');
    expect(embedScriptUrl("https://graphics.example/timeline/index.html")).toBe("https://graphics.example/timeline/embed.js");
  });

  it("fixed height: the iframe alone, no script", () => {
    const html = embedSnippet({ ...base, height: { kind: "fixed", px: 900 } });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("data-timeline-embed");
    expect(html).toContain('height="900"');
  });
});
