// @ts-check
// Each benchmark runs in a Node process of its own: a fresh heap and JIT, so one
// benchmark's warm code or garbage cannot flatter or burden the next. The child prints
// its result as JSON on stdout; everything it says for people goes to stderr.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SOURCE_DIR = path.dirname(fileURLToPath(import.meta.url));

/**
 * Runs `measure` and prints its result when `moduleUrl` is the script Node was started with.
 * @param {string} moduleUrl  the calling module's `import.meta.url`
 * @param {() => Promise<unknown>} measure
 */
export async function runWhenMain(moduleUrl, measure) {
  const entry = process.argv[1];
  if (entry === undefined || pathToFileURL(entry).href !== moduleUrl) return;
  const result = await measure();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * Runs `src/<name>.mjs` in a child process and returns what it printed, parsed.
 * @param {string} name  module name without extension, e.g. "http-overhead"
 * @param {string[]} [nodeFlags]  e.g. ["--expose-gc"]
 * @returns {Promise<any>}
 */
export function runBenchmarkProcess(name, nodeFlags = []) {
  const file = path.join(SOURCE_DIR, `${name}.mjs`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, file], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${name} exited with ${code}`));
      const lastLine = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(lastLine));
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
