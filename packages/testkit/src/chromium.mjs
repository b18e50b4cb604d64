// @ts-check
// How the tests and the docs benchmark launch Chromium: Debian's package (or
// CHROMIUM_PATH), headless, with nothing that reaches outside the machine (no background
// networking, updates or sync). Plain JavaScript, so scripts that run on plain Node
// (scripts/measure-docs.mjs) import it too.
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * playwright-core's `chromium.launch()` options; throws, saying what to do, without a Chromium.
 * @returns {{ executablePath: string, args: string[] }}
 */
export function chromiumLaunchOptions() {
  const executablePath = [process.env.CHROMIUM_PATH, ...CANDIDATES].find(
    (p) => typeof p === "string" && p !== "" && existsSync(p),
  );
  if (!executablePath) {
    throw new Error("No Chromium found: run ./scripts/bootstrap or set CHROMIUM_PATH");
  }
  return {
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}
