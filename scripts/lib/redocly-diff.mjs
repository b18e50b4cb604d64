// @ts-check
// Runs the diff engine, `redocly diff` (@redocly/cli, pinned in the root package.json), on
// two bundled documents and returns its JSON report. The engine ships only inside the
// CLI (the registry's @redocly/openapi-core stops at 2.64, before `diff`), so it runs as
// a child process: about 0.3 s a pair.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")),
  "bin",
  "cli.js",
);
const rules = path.join(import.meta.dirname, "redocly-diff.yaml");

/**
 * @typedef {object} EngineSide
 * @property {string} pointer  where the node is in that document (a component, for a shared one)
 * @property {unknown} value
 */

/**
 * One change as the engine reports it.
 * @typedef {object} EngineChange
 * @property {string} path       JSON pointer of the first place the change shows, in the revision
 * @property {string} typeName   `Operation`, `Schema`, `Parameter`, …
 * @property {"added" | "removed" | "modified"} kind
 * @property {"major" | "minor" | "patch"} impact
 * @property {{ ruleId: string, message: string }[]} verdicts  the rules that matched
 * @property {string} [property] the keyword that changed, for `modified`
 * @property {EngineSide} [base]
 * @property {EngineSide} [revision]
 */

/**
 * @param {Record<string, any>} base  bundled document
 * @param {Record<string, any>} revision  bundled document
 * @returns {Promise<EngineChange[]>}
 */
export async function engineChanges(base, revision) {
  const dir = mkdtempSync(path.join(tmpdir(), "specbound-diff-"));
  try {
    const files = ["base.json", "revision.json"].map((name) => path.join(dir, name));
    writeFileSync(files[0] ?? "", JSON.stringify(base));
    writeFileSync(files[1] ?? "", JSON.stringify(revision));
    const args = [cli, "diff", ...files, "--config", rules, "--lint-config", "off"];
    const stdout = await run([...args, "--format", "json", "--fail-on", "none"]);
    const report = JSON.parse(stdout);
    if (report.reportVersion !== "1") {
      throw new Error(`redocly diff: report version ${report.reportVersion}, expected 1`);
    }
    return report.changes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {string[]} args @returns {Promise<string>} */
function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_NOTIFICATIONS: "true" },
    });
    /** @type {Buffer[]} */
    const out = [];
    /** @type {Buffer[]} */
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else reject(new Error(`redocly diff exited ${code}: ${Buffer.concat(err).toString("utf8")}`));
    });
  });
}
