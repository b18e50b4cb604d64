// @ts-check
// The build pipeline's cost: a cold `pnpm build` (outputs and turbo's cache removed), warm
// rebuilds with nothing changed, a rebuild after one Preo spec file changes (which tasks
// turbo re-ran), and the two programs per API: codegen and the docs build. Fewer rounds
// than elsewhere: a cold build alone takes most of a minute on 2 cores.
//
// This is the one benchmark that deletes built outputs. It always ends with `pnpm build`,
// and restores the spec file it touched byte for byte, so the tree is left built and clean.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { progress, runWhenMain } from "./bench-process.mjs";
import { REPO_ROOT } from "./repo-root.mjs";
import { summarize } from "./statistics.mjs";

export const WARM_ROUNDS = 3;
export const PROGRAM_ROUNDS = 3;
const APIS = ["prepr", "preo"];
/** The Preo file the incremental rebuild touches: the spec's root document. */
export const TOUCHED_SPEC = "specs/preo/openapi.yaml";
const ENV = {
  ...process.env,
  REDOCLY_TELEMETRY: "off",
  TURBO_TELEMETRY_DISABLED: "1",
  SCARF_ANALYTICS: "false",
  NO_COLOR: "1",
};

/**
 * Runs a command in the repository root and times it, wall clock.
 * @param {string} command @param {string[]} args
 * @returns {Promise<{ seconds: number, ok: boolean, output: string }>}
 */
function timed(command, args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: REPO_ROOT, env: ENV });
    let output = "";
    const collect = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString("utf8");
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes.
      output = output.replace(/\u001b\[[0-9;]*m/g, "");
      resolve({ seconds: (performance.now() - start) / 1000, ok: code === 0, output });
    });
  });
}

/** `pnpm build`, with turbo's account of it: how many tasks came from cache, which ran. */
export async function pnpmBuild() {
  const { seconds, ok, output } = await timed("pnpm", ["build"]);
  const cached = output.match(/Cached:\s+(\d+) cached, (\d+) total/);
  const ran = [...output.matchAll(/^(\S+?):(\S+): cache miss, executing/gm)].map(
    (m) => `${m[1]}#${m[2]}`,
  );
  if (!ok) process.stderr.write(output.split("\n").slice(-30).join("\n"));
  return {
    seconds,
    ok,
    cached: cached ? Number(cached[1]) : null,
    total: cached ? Number(cached[2]) : null,
    ran: [...new Set(ran)].sort(),
  };
}

/** Built outputs and turbo's cache and logs: what a fresh clone does not have. */
function removeOutputsAndCache() {
  const packageDirs = [
    "scripts",
    ...readdirSync(path.join(REPO_ROOT, "packages")).map((p) => `packages/${p}`),
  ];
  const targets = [
    "site",
    ".turbo",
    "node_modules/.cache/turbo",
    ...packageDirs.flatMap((dir) => [`${dir}/dist`, `${dir}/.turbo`]),
  ];
  for (const target of targets)
    rmSync(path.join(REPO_ROOT, target), { recursive: true, force: true });
}

/** @param {string} script @param {string} api */
async function timeProgram(script, api) {
  const seconds = [];
  for (let round = 0; round < PROGRAM_ROUNDS; round++) {
    const run = await timed("node", [script, api]);
    if (!run.ok) throw new Error(`${script} ${api} failed:\n${run.output}`);
    seconds.push(run.seconds);
  }
  return summarize(seconds);
}

/** The touched spec and the Preo files generated from it, to check they come back unchanged. */
function preoSnapshot() {
  const generated = path.join(REPO_ROOT, "packages/preo/src/generated");
  const files = [
    TOUCHED_SPEC,
    ...readdirSync(generated).map((f) => `packages/preo/src/generated/${f}`),
  ];
  return new Map(files.map((file) => [file, readFileSync(path.join(REPO_ROOT, file))]));
}

async function measureSpecChange() {
  const before = preoSnapshot();
  const original = /** @type {Buffer} */ (before.get(TOUCHED_SPEC));
  const file = path.join(REPO_ROOT, TOUCHED_SPEC);
  let changed;
  try {
    writeFileSync(
      file,
      Buffer.concat([original, Buffer.from("# touched by the pipeline benchmark\n")]),
    );
    changed = await pnpmBuild();
  } finally {
    writeFileSync(file, original);
  }
  // Back to the original bytes: turbo should restore every output from its cache.
  const restore = await pnpmBuild();
  const after = preoSnapshot();
  const treeRestored = [...before].every(([name, bytes]) => after.get(name)?.equals(bytes));
  // Preo's own tasks and the landing page (it names both APIs' operation counts) may re-run;
  // a Prepr or runtime task re-running would mean the change leaked into the other API.
  const otherApi = changed.ran.filter(
    (task) => !task.startsWith("@specbound/preo#") && task !== "@specbound/scripts#docs",
  );
  return { file: TOUCHED_SPEC, changed, restore, treeRestored, otherApiTasks: otherApi };
}

export async function measurePipeline() {
  /** @type {Record<string, unknown>} */
  const result = { warmRounds: WARM_ROUNDS, programRounds: PROGRAM_ROUNDS };
  try {
    removeOutputsAndCache();
    progress("pipeline: cold pnpm build");
    result.cold = await pnpmBuild();
    const warm = [];
    for (let round = 0; round < WARM_ROUNDS; round++) warm.push(await pnpmBuild());
    result.warm = {
      seconds: summarize(warm.map((run) => run.seconds)),
      runs: warm.map(({ ok, cached, total, ran }) => ({ ok, cached, total, ran })),
    };
    progress("pipeline: one Preo spec file changed");
    result.specChange = await measureSpecChange();
    progress("pipeline: codegen and docs per API");
    /** @type {Record<string, unknown>} */
    const codegen = {};
    /** @type {Record<string, unknown>} */
    const docs = {};
    for (const api of APIS) {
      codegen[api] = await timeProgram("scripts/generate.mjs", api);
      docs[api] = await timeProgram("scripts/build-docs.mjs", api);
    }
    result.codegen = codegen;
    result.docs = docs;
  } finally {
    // Whatever happened above, leave the tree built.
    result.final = await pnpmBuild();
  }
  return result;
}

await runWhenMain(import.meta.url, measurePipeline);
