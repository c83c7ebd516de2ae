import { readFileSync } from "node:fs";
import { launchChromium } from "./launchChromium";

/**
 * Renders `scripts/favicon.svg` to `public/favicon.png`. The page ships a PNG, not the SVG: Chromium
 * fetches and decodes the icon again each time the address changes (the app rewrites it on every
 * toggle), on the page's own main thread, and an SVG icon is a whole SVG document to load there,
 * about 10 ms at 4x throttling, landing mid-morph. A 32-pixel PNG costs next to nothing.
 * Usage: npx tsx scripts/renderFavicon.ts
 */
const size = 32;
const svg = readFileSync("scripts/favicon.svg", "utf8").replace("<svg ", `<svg width="${size}" height="${size}" `);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
await page.setContent(`<style>html, body { margin: 0; background: transparent; }</style>${svg}`);
await page.screenshot({ path: "public/favicon.png", omitBackground: true });
await browser.close();
