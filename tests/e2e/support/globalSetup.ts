import type { TestProject } from "vitest/node";
import { startStaticServer } from "./staticServer";

/** Serves the built app (dist/) with the test fixtures at /fixtures/, once for all e2e tests. */
export default async function setup(project: TestProject) {
  const app = await startStaticServer({ "/": "dist", "/fixtures/": "tests/e2e/fixtures" });
  project.provide("appUrl", app.url);
  return () => app.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
  }
}
