// @ts-check
// The docs pages in Chromium: scripts/measure-docs.mjs (it needs the docs' static server
// and playwright-core, which belong to @specbound/scripts) measures bytes, first paint and
// search ready at 1× and 4× CPU throttling on the built site; this module runs it and adds
// the files' sizes on disk (raw, gzip, brotli).
import { execFile } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT, runWhenMain } from "./bench-process.mjs";

export const RUNS = 5;

/** Raw, .gz and .br sizes of the files a reference page loads, and the bundled specs. */
function fileSizes() {
  const site = path.join(REPO_ROOT, "site");
  const sizes = (/** @type {string} */ file) => ({
    raw: statSync(path.join(site, file)).size,
    gzip: statSync(path.join(site, `${file}.gz`)).size,
    br: statSync(path.join(site, `${file}.br`)).size,
  });
  const runtime = readdirSync(path.join(site, "assets")).find((f) => f.endsWith(".js"));
  return {
    "prepr/index.html": sizes("prepr/index.html"),
    "preo/index.html": sizes("preo/index.html"),
    [`assets/${runtime}`]: sizes(`assets/${runtime}`),
  };
}

export async function measureDocsPages() {
  const script = path.join(REPO_ROOT, "scripts", "measure-docs.mjs");
  const { stdout } = await promisify(execFile)(process.execPath, [script, "--runs", String(RUNS)], {
    cwd: REPO_ROOT,
    maxBuffer: 1 << 20,
  });
  return { ...JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}"), files: fileSizes() };
}

await runWhenMain(import.meta.url, measureDocsPages);
