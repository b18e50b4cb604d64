// @ts-check
// Each benchmark runs in a Node process of its own: a fresh heap and JIT, so one
// benchmark's warm code or garbage cannot flatter or burden the next, and the request
// benchmark can run under another Node binary. The child prints its result as JSON on
// stdout; everything it says for people goes to stderr.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SOURCE_DIR = path.dirname(fileURLToPath(import.meta.url));
/** The monorepo's root: the benchmarks read its specs and built packages. */
export const REPO_ROOT = path.resolve(SOURCE_DIR, "../../..");

/**
 * Runs `measure` and prints its result when `moduleUrl` is the script Node was started with.
 * @param {string} moduleUrl  the calling module's `import.meta.url`
 * @param {() => Promise<unknown>} measure
 */
export async function runWhenMain(moduleUrl, measure) {
  const entry = process.argv[1];
  if (entry === undefined || pathToFileURL(entry).href !== moduleUrl) return;
  process.stdout.write(`${JSON.stringify(await measure())}\n`);
}

/**
 * Runs `node [flags] src/<name>.mjs [args]` and returns what it printed, parsed.
 * @param {string} name  e.g. "request-overhead"
 * @param {{ node?: string, flags?: string[], args?: string[] }} [how]
 * @returns {Promise<any>}
 */
export function runBenchmarkProcess(name, { node = process.execPath, flags = [], args = [] } = {}) {
  const file = path.join(SOURCE_DIR, `${name}.mjs`);
  return new Promise((resolve, reject) => {
    const child = spawn(node, [...flags, file, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, BENCH_SERVER_NODE: process.execPath },
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${name} ${args.join(" ")} exited with ${code}`));
      try {
        resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? ""));
      } catch (error) {
        reject(new Error(`${name} printed no JSON result`, { cause: error }));
      }
    });
  });
}

/** @param {string} message */
export function progress(message) {
  process.stderr.write(`[bench] ${message}\n`);
}
