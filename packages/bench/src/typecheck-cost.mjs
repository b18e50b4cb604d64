// @ts-check
// What the clients' types cost a user's editor and CI: `tsc --noEmit --extendedDiagnostics`
// over one consumer file that calls every operation of both APIs. The calls are the docs'
// TypeScript samples (x-codeSamples of site/<api>/openapi.json), each wrapped in a function
// of its own so their top-level names do not clash, and @specbound/* resolve to the BUILT
// declaration files, as a user's install does.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { progress, runWhenMain } from "./bench-process.mjs";
import { REPO_ROOT } from "./repo-root.mjs";
import { summarize } from "./statistics.mjs";

export const ROUNDS = 3;
const APIS = ["prepr", "preo"];
const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*"([^"]+)";\s*$/gm;
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** @param {string} specifier  e.g. "@specbound/prepr" → "module_specbound_prepr" */
function namespaceOf(specifier) {
  return `module_${specifier.replace(/\W+/g, "_").replace(/^_+/, "")}`;
}

/**
 * The consumer file: each package imported once as a namespace, and each sample in an
 * exported async function named after its API and operation, its import turned into a
 * destructuring of that namespace (both packages export `unwrap`, so named imports would
 * clash at the top).
 * @returns {{ source: string, operations: number }}
 */
export function consumerFile() {
  /** @type {Set<string>} */
  const specifiers = new Set();
  const functions = [];
  for (const api of APIS) {
    const spec = JSON.parse(
      readFileSync(path.join(REPO_ROOT, "site", api, "openapi.json"), "utf8"),
    );
    for (const operations of Object.values(spec.paths ?? {})) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!HTTP_METHODS.has(method)) continue;
        const sample = (operation["x-codeSamples"] ?? []).find(
          (/** @type {{ lang: string }} */ s) => s.lang === "TypeScript",
        );
        if (!sample) throw new Error(`${api} ${operation.operationId}: no TypeScript sample`);
        const body = sample.source.replace(
          IMPORT,
          (/** @type {string} */ _, /** @type {string} */ names, /** @type {string} */ from) => {
            specifiers.add(from);
            return `const {${names}} = ${namespaceOf(from)};`;
          },
        );
        functions.push(
          `export async function ${api}_${operation.operationId}(): Promise<void> {\n${body.trim()}\n}\n`,
        );
      }
    }
  }
  const head = [...specifiers].map((from) => `import * as ${namespaceOf(from)} from "${from}";`);
  return { source: `${head.join("\n")}\n\n${functions.join("\n")}`, operations: functions.length };
}

/** @param {string} dir */
function writeProject(dir) {
  const { source, operations } = consumerFile();
  writeFileSync(path.join(dir, "consumer.ts"), source);
  const compilerOptions = {
    target: "ES2022",
    module: "Preserve",
    moduleResolution: "Bundler",
    moduleDetection: "force",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [path.join(REPO_ROOT, "node_modules/@types")],
    paths: Object.fromEntries(
      ["runtime", "prepr", "preo"].map((p) => [
        `@specbound/${p}`,
        [path.join(REPO_ROOT, "packages", p, "dist/index.d.ts")],
      ]),
    ),
  };
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions, files: ["consumer.ts"] }, null, 2),
  );
  return { operations, lines: source.split("\n").length };
}

/** @param {string} output  tsc's --extendedDiagnostics table */
function diagnostics(output) {
  /** @param {string} label */
  const field = (label) => {
    const match = output.match(new RegExp(`^${label}:\\s+([\\d.]+)`, "m"));
    if (!match) throw new Error(`tsc printed no "${label}"`);
    return Number(match[1]);
  };
  return {
    checkSeconds: field("Check time"),
    totalSeconds: field("Total time"),
    instantiations: field("Instantiations"),
    types: field("Types"),
    memoryMB: field("Memory used") / 1024,
    files: field("Files"),
  };
}

export async function measureTypecheckCost() {
  const cache = path.join(REPO_ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, "bench-typecheck-"));
  try {
    const consumer = writeProject(dir);
    const runs = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [TSC, "-p", dir, "--extendedDiagnostics"],
        { maxBuffer: 16 * 1024 * 1024 },
      ).catch((/** @type {{ stdout?: string }} */ error) => {
        throw new Error(`the consumer file does not type-check:\n${error.stdout ?? error}`);
      });
      runs.push(diagnostics(stdout));
      progress(`typecheck-cost: run ${round + 1}/${ROUNDS}`);
    }
    const first = /** @type {ReturnType<typeof diagnostics>} */ (runs[0]);
    return {
      ...consumer,
      rounds: ROUNDS,
      checkSeconds: summarize(runs.map((r) => r.checkSeconds)),
      totalSeconds: summarize(runs.map((r) => r.totalSeconds)),
      memoryMB: summarize(runs.map((r) => r.memoryMB)),
      // The same program every run: these do not vary.
      instantiations: first.instantiations,
      types: first.types,
      files: first.files,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await runWhenMain(import.meta.url, measureTypecheckCost);
