/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { bundledDataset, embedScript } from "./scripts/embedBuild.ts";
import { preloadForPage } from "./scripts/preloadForPage.ts";
import { withoutDateParsing } from "./scripts/withoutDateParsing.ts";
import { withoutD3Transitions } from "./scripts/withoutD3Transitions.ts";
import { eagerCommonJs } from "./scripts/eagerCommonJs.ts";

export default defineConfig({
  // Relative asset paths: dist/ works from any folder of any web server.
  base: "./",
  // bundledDataset: data/events.json checked at build time, shipped as a JSON file; embedScript:
  // dist/embed.js; preloadForPage: the page's head asks for the data and code it will need;
  // withoutDateParsing: date-fns' English locale without the parsing patterns the app never uses;
  // withoutD3Transitions: d3-zoom without d3-transition, which the app never uses either;
  // eagerCommonJs: React's CommonJS modules wrapped so that V8 compiles them while they download.
  plugins: [react(), bundledDataset(), embedScript(), preloadForPage(), withoutDateParsing(), withoutD3Transitions(), eagerCommonJs()],
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  build: {
    target: "es2022",
    sourcemap: false,
    // No modulepreload polyfill (0.4 KB gzip on every page): every browser that runs ES2022 but one
    // (Safari before 17) preloads modules itself, and there a preload only comes later, when asked for.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // A `?data=` page's head imports dataPageStart.ts (scripts/preloadForPage.ts).
      input: { index: "index.html", "data-page-start": "src/data/dataPageStart.ts" },
      output: {
        // Everything the first view needs in one chunk: left to itself the bundler splits off every
        // module a lazy chunk shares with the app (layout, dates, React's runtime), and each split
        // compresses on its own (one chunk: 2 KB gzip less for the default view).
        // The explorer's tools are one chunk for the same reason (an embed never loads it), and so is
        // the vertical layout (only narrow screens load it).
        codeSplitting: {
          groups: [
            { name: "app", test: /src[\\/]main\.tsx$/, includeDependenciesRecursively: true },
            { name: "explore-tools", test: /src[\\/]app[\\/]ExploreTools\.tsx$/, includeDependenciesRecursively: true },
            { name: "vertical-chart", test: /src[\\/]chart[\\/]vertical[\\/]VerticalChart\.tsx$/, includeDependenciesRecursively: true },
            // The library (IndexedDB through idb, its view, autosave, share links) in one chunk that
            // pages load only when they use it: as many small chunks, each name would weigh on the
            // first script's list of chunks. startingTimeline.ts stays in the app: every page reads it.
            // The dialogs' styles, and an event's details', shared by lazy chunks: chunks of their own,
            // not inside one of them (the library's group, which takes its dependencies along, would
            // otherwise take them).
            { name: "dialogs", priority: 1, test: /src[\\/]components[\\/]dialogs\.css$/ },
            { name: "event-details", priority: 1, test: /src[\\/]components[\\/]eventDetails\.css$/ },
            { name: "library", test: /(src[\\/]library[\\/](?!startingTimeline)|node_modules[\\/]idb[\\/])/ },
            // What a `?data=` page's import shares with the app (starting the download and the import,
            // the step timings, counting, the canvas layer's loader): a chunk of its own, which the app
            // imports too, so that the import runs before the app's much larger chunk has arrived.
            {
              name: "data-start",
              priority: 2,
              test: /(src[\\/](data[\\/](prefetchDataset|earlyDataFetch)|chart[\\/]canvas[\\/](batchedMarksModule|splitBatchedMarks)|hooks[\\/]lazyModule|domain[\\/](loadTiming|formatCount|issuePath|vocabulary|civilDay|datasetLimits))\.ts$|vite[\\/]preload-helper)/,
            },
            // What every `?data=` page runs to open its file, whatever the format: recognising it,
            // importing in slices, the checks that take what is valid without zod (checkDataset.ts) and
            // the plain dates without edtf.js (readFuzzyDate.ts). One chunk, and not inside the chunks of
            // zod or edtf.js, where the bundler would otherwise put them (they share them). Without
            // their dependencies: those are the chunks loaded only when a file needs them.
            {
              name: "data-import",
              includeDependenciesRecursively: false,
              test: /src[\\/](data[\\/](loadDataset|fetchDatasetText)|import[\\/](importInSlices|pageTurn|recogniseText|finishImport|decodeText|endImport|types|detectJsonFormat|checkTextSize|safeJson|limits|text)|domain[\\/](readFuzzyDate|checkDataset|eventSchemaProblems|normaliseEvent|IssueCollector|steps|measureSteps|codeNeeded|slugify|locateJsonError))\.tsx?$/,
            },
            // The formats without sources or statuses (TimelineJS, its spreadsheet, vis-timeline): what
            // their importers share, and TimelineJS JSON's own, loaded once a file is one of them.
            { name: "import-foreign", includeDependenciesRecursively: false, test: /src[\\/]import[\\/](foreignDataset|timelineJs|timelineJsDate|htmlToText|isSafeLink)\.ts$/ },
          ],
        },
      },
    },
  },
  test: {
    // Pure tests run in node; component tests opt into jsdom with a docblock.
    environment: "node",
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**"],
    setupFiles: ["tests/setup.ts"],
    // Generous: property-based and jsdom tests take seconds on a busy 2-core machine. Speed is
    // measured by the benchmark, never by a timed test.
    testTimeout: 60_000,
  },
});
