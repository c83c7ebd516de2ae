import { chromium, type Browser } from "playwright-core";
import { findChromium } from "./findChromium";

export const chromiumArgs = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** The system Chromium, never a downloaded one; a clear error where there is none. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      "No Chromium found. Set CHROME_PATH, or install Debian's package: apt-get install -y chromium (run `npm run setup:chromium` as root).",
    );
  }
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
