import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./findChromium";

/**
 * Makes sure the browser tests have a Chromium: CHROME_PATH or the usual paths, else Debian's
 * package installed with apt when we are root and apt is there. Where none can be had, it fails
 * with the way to get one: browser tests never skip silently.
 */
function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

let found = findChromium();
if (!found && !process.env.CHROME_PATH) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package for the browser tests.");
    if (run("apt-get", ["update"])) run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
    found = findChromium();
  }
}
if (!found) {
  console.error(
    [
      "Browser tests need Chromium and none was found.",
      process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.` : "Looked in CHROME_PATH and the usual paths.",
      "Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
