// The published packages as npm users get them: `pnpm pack` turns `workspace:` ranges into
// real versions and keeps only the `files` of package.json, so a consumer installing these
// tarballs meets exactly what `npm publish` would upload.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@specbound/testkit";
import { describeResult, runCommand } from "./run-command.js";

/** The workspace packages that are published, by folder under packages/. */
export const PUBLISHED_PACKAGES = ["runtime", "prepr", "preo"] as const;
export type PublishedPackage = (typeof PUBLISHED_PACKAGES)[number];

/** Absolute path of each package's tarball. */
export type PackedTarballs = Record<PublishedPackage, string>;

/**
 * Packs every published package into `destination`. Builds nothing: it packs the `dist/`
 * that `pnpm build` left, and fails naming the missing file when a package is not built.
 */
export async function packWorkspacePackages(destination: string): Promise<PackedTarballs> {
  for (const name of PUBLISHED_PACKAGES) assertBuilt(name);
  const packed = await Promise.all(
    PUBLISHED_PACKAGES.map(async (name) => [name, await pack(name, destination)] as const),
  );
  return Object.fromEntries(packed) as PackedTarballs;
}

async function pack(name: PublishedPackage, destination: string): Promise<string> {
  const cwd = path.join(repoRoot, "packages", name);
  const args = ["pack", "--pack-destination", destination, "--json"];
  const result = await runCommand("pnpm", args, { cwd });
  if (result.exitCode !== 0) {
    throw new Error(describeResult(`pnpm ${args.join(" ")} in packages/${name}`, result));
  }
  const { filename } = JSON.parse(result.stdout) as { filename: string };
  return path.resolve(destination, filename);
}

/** Every file the package's `exports` point at must exist, or the tarball would ship without it. */
function assertBuilt(name: PublishedPackage): void {
  const dir = path.join(repoRoot, "packages", name);
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
    name: string;
    exports: unknown;
  };
  const missing = exportedFiles(manifest.exports).filter(
    (file) => !existsSync(path.join(dir, file)),
  );
  if (missing.length > 0) {
    throw new Error(
      `${manifest.name} is not built (missing ${missing.join(", ")} in packages/${name}): ` +
        "run `pnpm build` first. The ecosystem tests pack the built packages; they do not build them.",
    );
  }
}

function exportedFiles(exports: unknown): string[] {
  if (typeof exports === "string") return exports.endsWith("package.json") ? [] : [exports];
  if (exports === null || typeof exports !== "object") return [];
  return Object.values(exports).flatMap(exportedFiles);
}
