/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { bundledDataset, embedScript } from "./scripts/embedBuild.ts";
import { preloadImportCode } from "./scripts/preloadImportCode.ts";

export default defineConfig({
  // Relative asset paths: dist/ works from any folder of any web server.
  base: "./",
  // bundledDataset: data/events.json checked at build time; embedScript: dist/embed.js (issue 4);
  // preloadImportCode: `?data=` pages fetch the import code alongside the app's (issue 8).
  plugins: [react(), bundledDataset(), embedScript(), preloadImportCode()],
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  build: { target: "es2022", sourcemap: false },
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
