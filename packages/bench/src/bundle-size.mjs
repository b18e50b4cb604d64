// @ts-check
// Bytes a browser user downloads: each entry bundled with all its dependencies,
// minified and gzipped (level 9, as size-limit measures the CI budget), beside
// openapi-fetch alone and axios's browser build. Bundling is deterministic, so one
// measurement per entry is the figure.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { runWhenMain } from "./bench-process.mjs";
import { REPO_ROOT } from "./repo-root.mjs";

/** The CI budget of each client entry (size-limit's "6 kB": 6000 bytes). */
export const ENTRY_BUDGET_BYTES = 6000;

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Entries as a user's bundler sees them; `budget` marks our own. */
const ENTRIES = [
  { name: "@specbound/prepr", file: "packages/prepr/dist/index.js", budget: true },
  { name: "@specbound/preo", file: "packages/preo/dist/index.js", budget: true },
  { name: "@specbound/runtime", file: "packages/runtime/dist/index.js", budget: true },
  {
    name: "openapi-fetch alone",
    source: 'export * from "openapi-fetch"; export { default } from "openapi-fetch";',
  },
  { name: "axios (browser build)", source: 'export { default } from "axios";' },
];

/** @param {{ file?: string, source?: string }} entry */
async function minified(entry) {
  const result = await build({
    ...(entry.file
      ? { entryPoints: [path.join(REPO_ROOT, entry.file)] }
      : { stdin: { contents: entry.source ?? "", resolveDir: BENCH_DIR, loader: "js" } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

export async function measureBundleSize() {
  const entries = [];
  for (const entry of ENTRIES) {
    const bytes = await minified(entry);
    entries.push({
      name: entry.name,
      file: entry.file ?? null,
      minifiedBytes: bytes.byteLength,
      gzipBytes: gzipSync(bytes, { level: 9 }).byteLength,
      budgetBytes: entry.budget ? ENTRY_BUDGET_BYTES : null,
    });
  }
  return { entries };
}

await runWhenMain(import.meta.url, measureBundleSize);
