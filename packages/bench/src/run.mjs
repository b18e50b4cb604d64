// @ts-check
// `pnpm bench`: every benchmark, one process each, then BENCHMARKS.md at the repository
// root. The pipeline benchmark goes last: it deletes and rebuilds the outputs the others
// measure, and ends with the tree built again.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { progress, runBenchmarkProcess } from "./bench-process.mjs";
import { describeMachine } from "./machine.mjs";
import { pnpmBuild } from "./pipeline.mjs";
import { REPO_ROOT } from "./repo-root.mjs";
import { renderReport } from "./report.mjs";

/** Benchmark module → the Node flags its process needs. */
const BENCHMARKS = {
  "http-overhead": [],
  "transport-breakdown": [],
  "client-cost": [],
  "bundle-size": [],
  "typecheck-cost": [],
  "pagination-memory": ["--expose-gc"],
  pipeline: [],
};

const startedAt = new Date();
const start = performance.now();

// The benchmarks measure the built packages and docs: build them if they are missing or
// stale (with nothing changed this is turbo replaying its cache, well under a second).
progress("pnpm build");
const build = await pnpmBuild();
const required = [
  "packages/prepr/dist/index.js",
  "packages/preo/dist/index.js",
  "site/prepr/openapi.json",
];
if (!build.ok || !required.every((file) => existsSync(path.join(REPO_ROOT, file)))) {
  throw new Error("pnpm build failed: the benchmarks need the built packages and docs");
}

/** @type {Record<string, unknown>} */
const results = {};
let failures = 0;
for (const [name, flags] of Object.entries(BENCHMARKS)) {
  progress(`${name}…`);
  const benchmarkStart = performance.now();
  try {
    results[name] = await runBenchmarkProcess(name, flags);
  } catch (error) {
    failures++;
    results[name] = { error: error instanceof Error ? error.message : String(error) };
  }
  progress(`${name} done in ${((performance.now() - benchmarkStart) / 1000).toFixed(1)} s`);
}

const totalSeconds = (performance.now() - start) / 1000;
const report = renderReport({ machine: describeMachine(), startedAt, totalSeconds, results });
writeFileSync(path.join(REPO_ROOT, "BENCHMARKS.md"), report);
// `pnpm lint` runs Biome over Markdown too: the file is written as Biome lays it out (aligned
// table columns), so a fresh run is commit-ready as it stands.
execFileSync("pnpm", ["exec", "biome", "format", "--write", "BENCHMARKS.md"], {
  cwd: REPO_ROOT,
  stdio: "ignore",
});
progress(`BENCHMARKS.md written; ${totalSeconds.toFixed(0)} s in all`);
// A missed target is a finding; a benchmark that crashed is a broken run.
if (failures > 0) process.exitCode = 1;
