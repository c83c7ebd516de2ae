import { mkdirSync } from "node:fs";
import { launchChromium } from "./launchChromium";

/**
 * Screenshots of the served build for looking at, not for asserting: both views, both scenarios,
 * a tie selected, at phone and desktop widths, and frames mid-morph.
 * Usage: npm run build && npx tsx scripts/serve.ts & npx tsx scripts/screenshots.ts [outDir]
 */
const base = process.env.BASE_URL ?? "http://127.0.0.1:4173/graphics/latticework/";
const out = process.argv[2] ?? "screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
const sizes = [
  { name: "360", width: 360, height: 640 },
  { name: "390", width: 390, height: 844 },
  { name: "640", width: 640, height: 800 },
  { name: "1280", width: 1280, height: 800 },
  { name: "1440", width: 1440, height: 900 },
];
const states = [
  { name: "hub-biden", query: "" },
  { name: "lattice-biden", query: "?view=lattice" },
  { name: "hub-trump", query: "?scenario=trump" },
  { name: "lattice-trump-tie", query: "?view=lattice&scenario=trump&tie=us-japan-south-korea" },
  { name: "lattice-dark", query: "?view=lattice&theme=dark&node=philippines" },
];
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  page.on("console", (m) => console.log(`[${size.name}] console.${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => console.log(`[${size.name}] pageerror: ${e.message}`));
  for (const state of states) {
    await page.goto(base + state.query);
    await page.waitForSelector(".graph__svg:not(.is-pending)");
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${size.name}-${state.name}.png`, fullPage: process.env.FULL === "1" });
  }
  await page.goto(base);
  await page.waitForSelector(".graph__svg:not(.is-pending)");
  await page.waitForTimeout(300);
  await page.getByRole("radio", { name: "Lattice" }).check();
  for (const t of [200, 400]) {
    await page.waitForTimeout(t === 200 ? 200 : 200);
    await page.locator(".graph").screenshot({ path: `${out}/${size.name}-morph-${t}.png` });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
