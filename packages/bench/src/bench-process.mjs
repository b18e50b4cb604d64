// @ts-check
// Each benchmark is a module that runs in a Node process of its own (run.mjs starts them):
// a fresh heap and JIT, so one benchmark's warm code or garbage cannot flatter or burden the
// next. It prints its result as JSON on stdout; what it says for people goes to stderr.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The monorepo's root: the benchmarks read its specs and built packages. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

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

/** @param {string} message */
export function progress(message) {
  process.stderr.write(`[bench] ${message}\n`);
}
