/**
 * Vite plugin: the page's head gets a tiny script that asks, as the page starts, for what the app's
 * own script would otherwise ask for only once it runs, so that both download at once:
 * - on a page opened with `?data=`, the import code every file needs (recognising the format, the
 *   checks that take what is valid; not edtf.js nor zod, which load as the file needs them:
 *   src/import/importInSlices.ts) and the download code, with modulepreload (1,000 events:
 *   `data-state="ready"` 59 ms sooner after the scripts ran), and the file itself: fetched from here
 *   and handed to the app (src/data/earlyDataFetch.ts), so that it downloads while the app's script
 *   does, not after it has run. As its answer arrives, the importer of the format its first 4 KB
 *   look like, and the canvas layer when it is large (1,000 events: ready 0.90×). And the small
 *   module that reads and imports the file (src/data/dataPageStart.ts), which runs while the app's
 *   much larger script still downloads and compiles (ready 0.91–1.00× at 10,000 events here; on an
 *   emulated 10 Mbit/s link, 0.91× at 1,000);
 * - on any other page, the bundled timeline's file (see scripts/embedBuild.ts): fetched and read here,
 *   so that the app's first render follows its script at once (src/data/earlyBundledFetch.ts);
 * - in a narrow window (a phone), or with `layout=vertical`, the vertical layout's code (main.tsx
 *   waits for it, so that the first render is already the right layout).
 */
import { minifySync, type Plugin } from "vite";
import { BUNDLED_TIMELINE_NAME } from "./embedBuild.ts";
import { CROWDED_FILE_BYTES, EARLY_DATA_GLOBAL } from "../src/data/earlyDataFetch.ts";
import { EARLY_BUNDLED_GLOBAL } from "../src/data/earlyBundledFetch.ts";
import { FORMAT_HINTS, GUESS_HEAD_CHARS } from "../src/import/detectJsonFormat.ts";
import type { FormatId } from "../src/import/types.ts";

/** The chunk for `entry` and every chunk it imports, less those the page loads anyway. */
function chunksOf(bundle: Record<string, { type: string; fileName: string; facadeModuleId?: string | null; moduleIds?: string[]; imports?: string[]; isEntry?: boolean }>, entry: string, page: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const eager = new Set<string>();
  const addEager = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const i of byFile.get(file)?.imports ?? []) addEager(i);
  };
  // The page's own scripts: the chunks the page names (not every entry chunk: data-page-start is
  // one that only this script asks for).
  for (const c of chunks) if (page.includes(`/${c.fileName}"`)) addEager(c.fileName);
  // The chunk that holds the module: its facade, or (a chunk grouped in vite.config.ts) one of its modules.
  const holds = (id: string | null | undefined) => id?.replaceAll("\\", "/").endsWith(entry) ?? false;
  const root = chunks.find((c) => holds(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds?.some(holds));
  if (!root) return [];
  const wanted: string[] = [];
  const visit = (file: string) => {
    if (eager.has(file) || wanted.includes(file)) return;
    wanted.push(file);
    for (const i of byFile.get(file)?.imports ?? []) visit(i);
  };
  visit(root.fileName);
  return wanted;
}

export interface PreloadEntries {
  /** Modules a page opened with `?data=` needs: the download and the import code. */
  data: string[];
  /** The module that starts a `?data=` page's import before the app's script has run (one, an entry). */
  dataStart: string;
  /** Modules the explorer (no `mode=`, or `mode=explore`) needs: its tools. */
  explore: string[];
  /** Modules explore and embed need when time runs down the page. */
  vertical: string[];
  /** On a `?data=` page, the modules a crowded file needs (the canvas layer). */
  crowded: string[];
  /** Each JSON format's importer, asked for when the file's start looks like that format. */
  importers: Partial<Record<FormatId, string[]>>;
}

/**
 * The widest window the vertical layout's code is asked for in, unless `layout=` says: the
 * layout is vertical at a chart 480 px wide or less, and the chart is narrower than the window by
 * the page's padding (state/chartLayout.ts, mayBeVertical: the same guess).
 */
const VERTICAL_GUESS_MAX_WINDOW_PX = 560;

export function preloadForPage(
  entries: PreloadEntries = {
    data: ["src/data/fetchDatasetText.ts", "src/data/loadDataset.ts"],
    dataStart: "src/data/dataPageStart.ts",
    explore: ["src/app/ExploreTools.tsx"],
    vertical: ["src/chart/vertical/VerticalChart.tsx"],
    crowded: ["src/chart/canvas/BatchedMarks.tsx"],
    importers: { dataset: ["src/import/importDatasetJson.ts"], timelinejs: ["src/import/timelineJs.ts"], "vis-timeline": ["src/import/visTimeline.ts"] },
  },
  page = "index.html",
): Plugin {
  let base = "./";
  return {
    name: "preload-for-page",
    apply: "build",
    // After Vite has written the page, so that the page can be given the script.
    enforce: "post",
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const html = bundle[page];
      if (!html || html.type !== "asset") this.error(`preload-for-page: no ${page} in the build`);
      const filesOf = (list: string[], besides: string[] = []) => {
        const files: string[] = [];
        for (const entry of list) {
          const chunks = chunksOf(bundle as Parameters<typeof chunksOf>[0], entry, String(html.source));
          if (chunks.length === 0) this.error(`preload-for-page: no chunk for ${entry}`);
          // Two entries may be in one chunk (vite.config.ts groups them): each file once.
          for (const file of chunks) if (!files.includes(`${base}${file}`) && !besides.includes(`${base}${file}`)) files.push(`${base}${file}`);
        }
        return files;
      };
      const [stem, extension] = BUNDLED_TIMELINE_NAME.split(".");
      const dataFiles = filesOf(entries.data);
      const [dataStart] = filesOf([entries.dataStart]);
      // Each hint's pattern and the files of its format's importer.
      const importerHints = FORMAT_HINTS.flatMap(([format, hint]) => (entries.importers[format] ? [[hint.source, filesOf(entries.importers[format], dataFiles)]] : []));
      const timeline = Object.values(bundle).find((file) => file.type === "asset" && new RegExp(`^assets/${stem}-[^/]+\\.${extension}$`).test(file.fileName));
      if (!timeline) this.error("preload-for-page: the bundled timeline's file is not in the build");
      // A script of its own, not inline: the page must work under a strict Content-Security-Policy.
      // async: it never holds up the page, and it still runs long before the app's module graph has loaded.
      const source =
        `(function(){var s=location.search,m=/[?&]mode=([^&]*)/.exec(s);` +
        // The file, fetched as the app would (credentials omitted), only from an address the app
        // accepts (this site, or https); the app takes the response over, unless it got there first.
        `function data(){try{var d=new URLSearchParams(s).get("data"),w=window,g=${JSON.stringify(EARLY_DATA_GLOBAL)};if(!d||w[g])return;` +
        `var u=new URL(d,location.href);if(u.origin!==location.origin&&u.protocol!=="https:")return;` +
        `var t=performance.now(),r=fetch(u.href,{credentials:"omit"});r.catch(function(){});w[g]={href:u.href,response:r,startedMs:t};` +
        // As the answer arrives, the code it will need: the canvas layer for a large file, and the
        // importer of the format its start looks like, by guessJsonFormat's hints (a guess: the app
        // recognises the format once the file is parsed, and loads what it needs then if it was wrong).
        `r.then(function(p){if(+p.headers.get("content-length")>${CROWDED_FILE_BYTES})pre(${JSON.stringify(filesOf(entries.crowded, dataFiles))});` +
        `var k=p.clone().body.getReader();k.read().then(function(x){k.cancel();var h=x.value?new TextDecoder().decode(x.value.subarray(0,${GUESS_HEAD_CHARS})):"";` +
        `${JSON.stringify(importerHints)}.some(function(c){return new RegExp(c[0]).test(h)&&(pre(c[1]),1)})},function(){})}).catch(function(){})}catch(e){}}` +
        `function pre(f){f.forEach(function(h){var l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.appendChild(l)})}` +
        // The import starts from its own small module, not from the app's script, which arrives
        // and compiles much later (an address from the document's, as the links' are: a script's
        // import() would resolve it from the script's own).
        `if(/[?&]data=/.test(s)){data();pre(${JSON.stringify(dataFiles)});import(new URL(${JSON.stringify(dataStart)},document.baseURI).href).catch(function(){})}` +
        // Otherwise the bundled timeline, fetched and read to text here for the app to take over
        // (src/data/earlyBundledFetch.ts), unless the app got there first.
        `else if(!window[${JSON.stringify(EARLY_BUNDLED_GLOBAL)}]){var h=new URL(${JSON.stringify(`${base}${timeline.fileName}`)},document.baseURI).href,` +
        `x=fetch(h).then(function(r){if(!r.ok)throw Error("the server answered "+r.status);return r.text()});x.catch(function(){});window[${JSON.stringify(EARLY_BUNDLED_GLOBAL)}]={href:h,text:x}}` +
        `if(!m||m[1]==="explore")pre(${JSON.stringify(filesOf(entries.explore))});` +
        // Explore or embed (the modes starting with "e"), and layout=vertical or a narrow window
        // unless layout=horizontal. (Every page loads this script: it is kept short.)
        `if((!m||/^e/.test(m[1]))&&(/[?&]layout=v/.test(s)||!/[?&]layout=h/.test(s)&&innerWidth>0&&innerWidth<=${VERTICAL_GUESS_MAX_WINDOW_PX}))pre(${JSON.stringify(filesOf(entries.vertical))})})();\n`;
      // Minified as the app's scripts are: every page loads it.
      const minified = minifySync("preload-for-page.js", source);
      if (minified.errors.length > 0) this.error(`preload-for-page: ${minified.errors[0].message}`);
      const script = this.getFileName(this.emitFile({ type: "asset", name: "preload-for-page.js", source: minified.code }));
      html.source = String(html.source).replace("</title>", `</title>\n    <script async src="${base}${script}"></script>`);
    },
  };
}
