import type { TestProject } from "vitest/node";
import { startStaticServer } from "./staticServer";
import { HOSTILE_ROUTES } from "./hostileRoutes";

/** Serves the built app (dist/) with the test fixtures at /fixtures/ and misbehaving servers at /hostile/, once for all e2e tests. */
export default async function setup(project: TestProject) {
  const app = await startStaticServer({ "/": "dist", "/fixtures/": "tests/e2e/fixtures" }, {}, HOSTILE_ROUTES);
  project.provide("appUrl", app.url);
  return () => app.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
  }
}
