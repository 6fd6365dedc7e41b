import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

afterEach(() => cleanup());

// The app starts with its bundled timeline and the explorer's tools at hand (main.tsx waits for
// them): so do the tests.
import { loadBundled } from "../src/data/bundledTimeline";
import { exploreToolsModule } from "../src/app/exploreToolsModule";
import { detailsPanelModule } from "../src/app/detailsPanelModule";
await Promise.all([loadBundled(), exploreToolsModule.load(), detailsPanelModule.load()]);

// A page opening a file loads edtf.js and the validator's wording (zod) only when the file needs
// them (import/importInSlices.ts): tests of the parts of an import have both at hand, as importAny
// does, and the export's dates for TimelineJS files this app wrote. tests/import/lazyImportCode.test.ts
// checks the loading on demand, in modules of its own.
import "../src/domain/validateDataset";
import "../src/import/timelineJsDatesOf";

// Property tests explore new inputs on every local run, but CI must be repeatable: a red CI
// blocks everything, so there every run uses the same seed (a failure found locally gets a test).
import fc from "fast-check";
if (process.env.CI) fc.configureGlobal({ seed: 20_190_118 });
