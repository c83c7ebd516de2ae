import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bareOutDir } from "../bench/bareOutDir";
import { measureFirstPaint } from "../bench/measureFirstPaint";
import { launchChromium } from "./launchChromium";
import { serveStatic } from "./staticServer";

/**
 * `npx tsx scripts/benchFirstPaint.ts [--runs 5]` (after `npm run build` and the bare page's build,
 * as `npm run bench` makes them): only the first-paint rows of `npm run bench`, for a quick look.
 */
const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
if (!existsSync("dist/index.html") || !existsSync(join(bareOutDir, "index.html")))
  throw new Error("Build first: npm run build && npx vite build --config bench/vite.bare.config.ts");
const app = await serveStatic("dist", { prefix: "/graphics/latticework/" });
const bare = await serveStatic(bareOutDir, { prefix: "/bare/" });
const browser = await launchChromium();
try {
  const lines = await measureFirstPaint(browser, { app: app.url, bare: bare.url }, "dist", Number(values.runs), (line) =>
    process.stderr.write(`${line}\n`),
  );
  console.log(lines.join("\n"));
} finally {
  await browser.close();
  await app.close();
  await bare.close();
}
