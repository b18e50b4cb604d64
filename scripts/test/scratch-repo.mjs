// @ts-check
// A throwaway git repository holding what the release gate reads (the specs, their
// config, the changesets config and the workspace's package manifests), with `main`
// committed, so tests can branch, edit, write changesets and clone it shallow.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./spec-copy.mjs";

const FILES = [
  "redocly.yaml",
  "specs",
  "package.json",
  "pnpm-workspace.yaml",
  ".changeset/config.json",
  "packages/runtime/package.json",
  "packages/prepr/package.json",
  "packages/preo/package.json",
];

/**
 * Runs git in `cwd` with a fixed identity and no user or system config.
 * @param {string} cwd @param {string[]} args
 */
export function git(cwd, args) {
  const result = spawnSync(
    "git",
    ["-c", "user.name=Spec Test", "-c", "user.email=spec@example.com", ...args],
    {
      cwd,
      encoding: "utf8",
      env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
    },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout.trim();
}

/**
 * @param {{ branch?: string }} [options]  the first branch's name (main by default)
 * @returns {{ root: string, remove(): void }}
 */
export function scratchRepo({ branch = "main" } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), "specbound-repo-"));
  for (const file of FILES) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(root, file), { recursive: true });
  }
  git(root, ["init", "-q", "-b", branch]);
  git(root, ["add", "-A"]);
  git(root, ["commit", "-q", "-m", "base"]);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Writes a changeset releasing `releases` (package → bump).
 * @param {string} root @param {string} name @param {Record<string, string>} releases
 */
export function writeChangeset(root, name, releases) {
  const lines = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  writeFileSync(
    path.join(root, ".changeset", `${name}.md`),
    ["---", ...lines, "---", "", `Test changeset ${name}.`, ""].join("\n"),
  );
}
