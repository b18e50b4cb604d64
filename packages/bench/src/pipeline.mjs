// @ts-check
// The build pipeline's incremental cost: `pnpm build` with nothing changed (turbo replaying
// its cache), and after one Preo spec file changes (which tasks turbo re-ran), then again
// with the file restored byte for byte. Nothing built is deleted.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { progress, REPO_ROOT, runWhenMain } from "./bench-process.mjs";
import { summarize } from "./rounds.mjs";

export const WARM_ROUNDS = 3;
/** The Preo file the incremental rebuild touches: the spec's root document. */
export const TOUCHED_SPEC = "specs/preo/openapi.yaml";
const ENV = { REDOCLY_TELEMETRY: "off", TURBO_TELEMETRY_DISABLED: "1", SCARF_ANALYTICS: "false" };

/**
 * `pnpm build`, timed (wall clock), with turbo's account: tasks cached, and which ran.
 * @returns {Promise<{ seconds: number, ok: boolean, cached: number, total: number, ran: string[] }>}
 */
export function pnpmBuild() {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const env = { ...process.env, ...ENV, NO_COLOR: "1" };
    const child = spawn("pnpm", ["build"], { cwd: REPO_ROOT, env });
    let output = "";
    const collect = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString("utf8");
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) process.stderr.write(output.split("\n").slice(-30).join("\n"));
      const cached = output.match(/Cached:\s+(\d+) cached, (\d+) total/);
      const ran = [...output.matchAll(/^(\S+?):(\S+): cache miss, executing/gm)];
      resolve({
        seconds: (performance.now() - start) / 1000,
        ok: code === 0,
        cached: Number(cached?.[1]),
        total: Number(cached?.[2]),
        ran: [...new Set(ran.map((m) => `${m[1]}#${m[2]}`))].sort(),
      });
    });
  });
}

export async function measurePipeline() {
  // Untimed first, so that files changed since the last build do not count as "warm".
  await pnpmBuild();
  const warm = [];
  for (let round = 0; round < WARM_ROUNDS; round++) warm.push(await pnpmBuild());
  progress("pipeline: one Preo spec file changed");
  const file = path.join(REPO_ROOT, TOUCHED_SPEC);
  const original = readFileSync(file);
  // A new comment each run: one turbo has seen before would replay its cache.
  const comment = `# touched by the pipeline benchmark at ${new Date().toISOString()}\n`;
  const touched = Buffer.concat([original, Buffer.from(comment)]);
  let changed;
  try {
    writeFileSync(file, touched);
    changed = await pnpmBuild();
  } finally {
    // Others may edit the specs meanwhile: only our own change is undone.
    if (readFileSync(file).equals(touched)) writeFileSync(file, original);
  }
  const restored = readFileSync(file).equals(original);
  const restore = await pnpmBuild();
  // Preo's own tasks and the landing page (it names both APIs' operation counts) may re-run;
  // a Prepr or runtime task re-running would mean the change leaked into the other API.
  const otherApiTasks = changed.ran.filter(
    (task) => !task.startsWith("@specbound/preo#") && task !== "@specbound/scripts#docs",
  );
  return {
    warm: { seconds: summarize(warm.map((run) => run.seconds)), runs: warm },
    specChange: { file: TOUCHED_SPEC, changed, restore, restored, otherApiTasks },
  };
}

await runWhenMain(import.meta.url, measurePipeline);
