#!/usr/bin/env node
// @ts-check
// Checks the package in the current directory as npm users will get it: packs a real
// tarball with `pnpm pack` (workspace: versions resolved), lints it with publint
// (strict), checks its types under every module resolution with attw, and holds its
// entry to the `size-limit` budget in package.json (minified and gzipped, with every
// dependency bundled in). A package with an `./openapi.json` export must ship that file
// byte for byte as the docs site publishes it (site/<api>/openapi.json). The tarball's
// manifest carries npm's metadata and no workspace-only dependency, and its README no
// link npmjs.com cannot follow (lib/published-manifest.mjs); `pnpm publish --dry-run`
// passes (it uploads nothing and needs no login).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  manifestProblems,
  privateWorkspacePackages,
  relativeLinks,
} from "./lib/published-manifest.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = path.join(root, "node_modules", ".bin");

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

/**
 * The tarball's `./openapi.json` export is the site's bundle of the package's API: the
 * same bytes, so a tool reading it from npm sees what the docs page shows.
 * @param {string} tarball
 */
function checkSpecBundle(tarball) {
  const manifest = JSON.parse(readFileSync("package.json", "utf8"));
  const target = manifest.exports?.["./openapi.json"];
  if (target === undefined) return;
  const entry = path.posix.join("package", target);
  const packed = spawnSync("tar", ["-xzOf", tarball, entry], { maxBuffer: 256 * 1024 * 1024 });
  if (packed.status !== 0) fail(`${entry} is not in the tarball: ${packed.stderr}`);
  // packages/<api>/ publishes site/<api>/ (scripts/lib/apis.mjs)
  const site = path.join(root, "site", path.basename(process.cwd()), "openapi.json");
  if (!packed.stdout.equals(readFileSync(site))) {
    fail(`${entry} differs from ${path.relative(root, site)}: rebuild (\`pnpm build\`)`);
  }
  console.log(`✓ ${entry} is ${path.relative(root, site)}, byte for byte`);
}

/** @param {string} tarball @param {string} entry */
function readPacked(tarball, entry) {
  const packed = spawnSync("tar", ["-xzOf", tarball, `package/${entry}`], { encoding: "utf8" });
  if (packed.status !== 0) fail(`${entry} is not in the tarball: ${packed.stderr}`);
  return packed.stdout;
}

/**
 * What npm users see of the package: its manifest (pnpm pack has replaced the workspace
 * ranges, and .pnpmfile.mjs has dropped the devDependencies) and its README.
 * @param {string} tarball
 */
function checkPublishedManifest(tarball) {
  const manifest = JSON.parse(readPacked(tarball, "package.json"));
  const directory = path.relative(root, process.cwd()).split(path.sep).join("/");
  const problems = manifestProblems(manifest, {
    directory,
    privatePackages: privateWorkspacePackages(root),
  });
  const links = relativeLinks(readPacked(tarball, "README.md"));
  problems.push(
    ...links.map((link) => `README.md links to "${link}", which npmjs.com cannot open`),
  );
  if (problems.length > 0) fail(`the packed package.json or README:\n  ${problems.join("\n  ")}`);
  console.log(
    "✓ packed manifest: npm metadata, no workspace-only dependency; README links absolute",
  );
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const out = mkdtempSync(path.join(tmpdir(), "specbound-pack-"));
try {
  run("pnpm", ["pack", "--pack-destination", out]);
  const tarball = path.join(out, readdirSync(out).find((f) => f.endsWith(".tgz")) ?? "");
  checkSpecBundle(tarball);
  checkPublishedManifest(tarball);
  run("pnpm", ["publish", "--dry-run", "--no-git-checks"]);
  run(path.join(bin, "publint"), ["run", tarball, "--strict"]);
  run(path.join(bin, "attw"), [tarball, "--format", "table-flipped"]);
  run(path.join(bin, "size-limit"), []);
} finally {
  rmSync(out, { recursive: true, force: true });
}
