import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { framePage } from "../src/publish/inlinedIds";
import { launchChromium } from "./launchChromium";
import { serveStatic } from "./staticServer";

/** The social card's size, as Open Graph and Twitter's large card want it. */
export const socialSize = { width: 1200, height: 630 };

/**
 * The published folder's pictures, drawn by the graphic itself in the system Chromium:
 * `fallback.png`, the default state as Download PNG saves it (2×, with title, key, caption and
 * credit), and `social.png`, that picture centred on a 1200×630 card. Returns the embed's height
 * at a 640-pixel column, for the snippet.
 */
export async function renderImages(folder: string): Promise<{ embedHeight: number }> {
  const server = await serveStatic(folder, { prefix: "/" });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${server.url}?theme=light`);
    await page.locator(".graph[data-lattice='ready'] .graph__svg:not(.is-pending)").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    const fallbackPath = join(folder, "fallback.png");
    await download.saveAs(fallbackPath);

    const card = await context.newPage();
    await card.setViewportSize(socialSize);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const src = `data:image/png;base64,${readFileSync(fallbackPath).toString("base64")}`;
    await card.setContent(
      `<body style="margin:0;background:${background}"><img src="${src}" style="display:block;width:${socialSize.width}px;height:${socialSize.height}px;object-fit:contain"></body>`,
    );
    await card.locator("img").evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(join(folder, "social.png"), await card.screenshot({ type: "png" }));

    const frame = await context.newPage();
    await frame.setViewportSize({ width: 640, height: 800 });
    await frame.goto(`${server.url}${framePage}?embed=1&theme=light`);
    await frame.locator(".graph[data-lattice='ready'] .graph__svg:not(.is-pending)").waitFor();
    const embedHeight = await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await context.close();
    return { embedHeight };
  } finally {
    await browser.close();
    await server.close();
  }
}
