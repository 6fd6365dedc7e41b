import type { Page } from "playwright-core";
import { gzipSync } from "node:zlib";

export interface LoadedCode {
  /** Every request the page made, to see that it loads only from its own site. */
  requests: string[];
  /** The JS and CSS it loaded, each with its gzip size (level 9, as a server would send it). */
  assets: () => Promise<{ url: string; type: "script" | "stylesheet"; gzip: number }[]>;
}

/** Starts recording what a page loads; call before `goto`. */
export function watchLoadedCode(page: Page, appUrl: string): LoadedCode {
  const requests: string[] = [];
  const bodies: Promise<{ url: string; type: "script" | "stylesheet"; gzip: number }>[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => {
    const type = r.request().resourceType();
    if (type === "script" || type === "stylesheet") bodies.push(r.body().then((b) => ({ url: r.url().replace(appUrl, ""), type, gzip: gzipSync(b, { level: 9 }).length })));
  });
  return { requests, assets: () => Promise.all(bodies) };
}

/** "JS 75.4 KB + CSS 4.8 KB = 80.2 KB", and the sum in bytes. */
export function describeLoadedCode(assets: { url: string; type: string; gzip: number }[]): { js: number; css: number; words: string } {
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const js = assets.filter((l) => l.type === "script").reduce((s, l) => s + l.gzip, 0);
  const css = assets.filter((l) => l.type === "stylesheet").reduce((s, l) => s + l.gzip, 0);
  return { js, css, words: `JS ${kb(js)} KB + CSS ${kb(css)} KB = ${kb(js + css)} KB: ${assets.map((l) => `${l.url} ${kb(l.gzip)} KB`).join(", ")}` };
}
