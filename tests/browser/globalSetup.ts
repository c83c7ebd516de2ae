import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../scripts/staticServer";

declare module "vitest" {
  export interface ProvidedContext {
    /** The production build, served from a sub-path as a newsroom would. */
    appUrl: string;
    /** A second origin, for host pages that embed the app. */
    hostOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html"))
    throw new Error("Browser tests run against the production build: run `npm run build` first (npm run test:browser does).");
  const app = await serveStatic("dist", { prefix: "/graphics/latticework/" });
  const host = await serveStatic("tests/browser/hosts", { prefix: "/" });
  project.provide("appUrl", app.url);
  project.provide("hostOrigin", host.origin);
  return async () => {
    await app.close();
    await host.close();
  };
}
