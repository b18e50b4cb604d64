#!/usr/bin/env node
// @ts-check
// Checks the package in the current directory as npm users will get it: packs a real
// tarball with `pnpm pack` (workspace: versions resolved), lints it with publint
// (strict), checks its types under every module resolution with attw, and holds its
// entry to the `size-limit` budget in package.json (minified and gzipped, with every
// dependency bundled in).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const bin = path.join(import.meta.dirname, "..", "node_modules", ".bin");

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (result.status !== 0) {
    console.error(`✗ ${path.basename(command)} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

const out = mkdtempSync(path.join(tmpdir(), "specbound-pack-"));
try {
  run("pnpm", ["pack", "--pack-destination", out]);
  const tarball = path.join(out, readdirSync(out).find((f) => f.endsWith(".tgz")) ?? "");
  run(path.join(bin, "publint"), ["run", tarball, "--strict"]);
  run(path.join(bin, "attw"), [tarball, "--format", "table-flipped"]);
  run(path.join(bin, "size-limit"), []);
} finally {
  rmSync(out, { recursive: true, force: true });
}
