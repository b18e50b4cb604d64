// @ts-check
// What the figures were measured on: they mean little without the machine beside them.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { REPO_ROOT } from "./repo-root.mjs";

/** @param {string} command @param {string[]} args */
function output(command, args) {
  try {
    return execFileSync(command, args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

function osName() {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    const pretty = release.match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {}
  return `${os.type()} ${os.release()}`;
}

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    pnpm: output("pnpm", ["--version"]),
    os: osName(),
    // Read-only git queries: which code was measured, and whether it had local edits.
    commit: output("git", ["rev-parse", "--short", "HEAD"]),
    uncommittedChanges: output("git", ["status", "--porcelain"]) !== "",
  };
}
