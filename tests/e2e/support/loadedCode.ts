import type { Page } from "playwright-core";
import { gzipSync } from "node:zlib";
import { waitForState } from "./browser";

export interface LoadedCode {
  /** Requests to anywhere but the app's own site (data: URLs aside): there should be none. */
  offSite: string[];
  /** The JS and CSS files loaded, as paths on the site. */
  urls: string[];
  /** Their gzip size in bytes (level 9, as a server would send them). */
  gzipBytes: number;
  /** The timeline's data fetched (JSON), gzip bytes: not code, so not in gzipBytes. */
  dataGzipBytes: number;
  /** "JS 75.4 KB + CSS 4.8 KB = 80.2 KB: …each file…; data 7.2 KB", for the test's log. */
  words: string;
}

/** Opens `url` in `page`, waits until it is ready and the network is quiet, and says what it loaded. */
export async function loadedCode(page: Page, url: string, siteUrl: string): Promise<LoadedCode> {
  const requests: string[] = [];
  const bodies: Promise<{ url: string; type: string; gzip: number }>[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => {
    const type = r.request().resourceType();
    const isData = type !== "document" && /json/.test(r.headers()["content-type"] ?? "");
    if (type === "script" || type === "stylesheet" || isData) bodies.push(r.body().then((b) => ({ url: r.url().replace(siteUrl, ""), type: isData ? "data" : type, gzip: gzipSync(b, { level: 9 }).length })));
  });
  await page.goto(url);
  await waitForState(page, "ready");
  await page.waitForLoadState("networkidle");
  const assets = await Promise.all(bodies);
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const sum = (type: string) => assets.filter((a) => a.type === type).reduce((s, a) => s + a.gzip, 0);
  const js = sum("script");
  const css = sum("stylesheet");
  const data = sum("data");
  return {
    offSite: requests.filter((u) => !u.startsWith(siteUrl) && !u.startsWith("data:")),
    urls: assets.filter((a) => a.type !== "data").map((a) => a.url),
    dataGzipBytes: data,
    gzipBytes: js + css,
    words: `JS ${kb(js)} KB + CSS ${kb(css)} KB = ${kb(js + css)} KB: ${assets.filter((a) => a.type !== "data").map((a) => `${a.url} ${kb(a.gzip)} KB`).join(", ")}; data ${kb(data)} KB`,
  };
}
