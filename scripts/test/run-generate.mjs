// @ts-check
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./spec-copy.mjs";

/** Runs scripts/generate.mjs as a user would. @param {string[]} args */
export function runGenerate(args) {
  const result = spawnSync(
    process.execPath,
    [path.join(repoRoot, "scripts", "generate.mjs"), ...args],
    {
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
