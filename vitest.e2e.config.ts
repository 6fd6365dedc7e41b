import { defineConfig } from "vitest/config";

// End-to-end tests: the built app in Debian's Chromium. `npm test` builds first.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/support/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: CI has two cores.
    fileParallelism: false,
  },
});
