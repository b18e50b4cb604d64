// @ts-check
// The revision a spec change is measured against, and the files as they were there.
// Read-only git only: the working tree, the index and the branches are never touched.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** @param {string} root @param {string[]} args */
function git(root, args) {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  return {
    ok: result.status === 0,
    stdout: result.stdout?.trim() ?? "",
    stderr: result.stderr?.trim() ?? String(result.error ?? ""),
  };
}

/**
 * @typedef {object} Base
 * @property {string} [rev]   full commit id; absent when there is nothing to compare with
 * @property {string} label   where it came from (`merge-base with main`), or why there is none
 */

/**
 * The commit to compare the working tree with: `requested` when given (an error when it is
 * not a commit here), else the merge-base of HEAD with `main` (or `origin/main`). A
 * checkout without either, or whose shallow history stops before the merge-base, has no
 * base: CI clones of a single commit are like that, and a change cannot be rated there.
 * @param {string} root  @param {string} [requested]
 * @returns {Base}
 */
export function resolveBase(root, requested) {
  if (requested) {
    const commit = git(root, ["rev-parse", "--verify", "--quiet", `${requested}^{commit}`]);
    if (!commit.ok) throw new Error(`--base ${requested}: not a commit in ${root}`);
    return { rev: commit.stdout, label: requested };
  }
  if (!git(root, ["rev-parse", "--is-inside-work-tree"]).ok) {
    return { label: `${root} is not a git checkout, so there is no base to compare with` };
  }
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"]).stdout === "true";
  for (const branch of ["main", "origin/main"]) {
    if (!git(root, ["rev-parse", "--verify", "--quiet", `${branch}^{commit}`]).ok) continue;
    const mergeBase = git(root, ["merge-base", "HEAD", branch]);
    if (mergeBase.ok) return { rev: mergeBase.stdout, label: `merge-base with ${branch}` };
    return {
      label: shallow
        ? `HEAD and ${branch} share no commit in this shallow clone: fetch more history (actions/checkout: fetch-depth: 0)`
        : `HEAD and ${branch} share no commit`,
    };
  }
  return {
    label: shallow
      ? "neither main nor origin/main is in this shallow clone: fetch it (actions/checkout: fetch-depth: 0)"
      : "neither main nor origin/main is known here",
  };
}

/** @param {string} root @param {string} rev */
export function shortRev(root, rev) {
  return git(root, ["rev-parse", "--short", rev]).stdout || rev.slice(0, 7);
}

/**
 * The file's content at `rev`, or undefined when it did not exist there.
 * @param {string} root @param {string} rev @param {string} file  relative to root, `/`-separated
 */
export function fileAt(root, rev, file) {
  const shown = git(root, ["show", `${rev}:${file}`]);
  return shown.ok ? shown.stdout : undefined;
}

/**
 * Writes `paths` (files or folders, relative to root) as they were at `rev` into a new
 * temporary folder; paths that did not exist at `rev` are left out.
 * @param {string} root @param {string} rev @param {string[]} paths
 * @returns {{ dir: string, remove(): void }}
 */
export function checkoutInto(root, rev, paths) {
  const dir = mkdtempSync(path.join(tmpdir(), "specbound-base-"));
  const existing = paths.filter((p) => git(root, ["cat-file", "-e", `${rev}:${p}`]).ok);
  if (existing.length > 0) {
    // git archive writes a tar of the tree; tar unpacks it. No worktree, no index.
    const archive = spawnSync("git", ["archive", "--format=tar", rev, "--", ...existing], {
      cwd: root,
      maxBuffer: 512 << 20,
    });
    if (archive.status !== 0) throw new Error(`git archive ${rev}: ${archive.stderr}`);
    mkdirSync(dir, { recursive: true });
    const unpack = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
    if (unpack.status !== 0) throw new Error(`tar: ${unpack.stderr}`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
