// @ts-check
// Bytes a browser user downloads: each entry with all its dependencies, minified and
// gzipped at level 9 by size-limit's own API and preset (esbuild), as CI holds each entry to
// its budget, beside plain openapi-fetch for reference. Deterministic: one measurement each.
import path from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error: the preset ships no types; it is a list of size-limit plugins.
import preset from "@size-limit/preset-small-lib";
import sizeLimit from "size-limit";
import { REPO_ROOT, runWhenMain } from "./bench-process.mjs";

const ENTRIES = {
  "@specbound/runtime": "packages/runtime/dist/index.js",
  "@specbound/prepr": "packages/prepr/dist/index.js",
  "@specbound/preo": "packages/preo/dist/index.js",
  "openapi-fetch": fileURLToPath(import.meta.resolve("openapi-fetch")),
};

export async function measureBundleSize() {
  /** @type {Record<string, { file: string, gzipBytes: number }>} */
  const entries = {};
  for (const [name, file] of Object.entries(ENTRIES)) {
    const absolute = path.resolve(REPO_ROOT, file);
    const check = { files: [absolute], gzip: true };
    const [result] = /** @type {{ size: number }[]} */ (
      await sizeLimit(preset, { cwd: REPO_ROOT, checks: [check] })
    );
    entries[name] = {
      file: path.relative(REPO_ROOT, absolute).replace(/^.*node_modules\//, ""),
      gzipBytes: result?.size ?? Number.NaN,
    };
  }
  return entries;
}

await runWhenMain(import.meta.url, measureBundleSize);
