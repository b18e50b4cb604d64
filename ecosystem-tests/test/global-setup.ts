// Once per test run, however many targets use them: packs the published packages and
// installs the runtimes (src/install-runtimes.ts, reused between runs), then hands both
// to every test file through `inject("tarballs")` and `inject("runtimes")`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { installRuntimes, type Runtimes } from "../src/install-runtimes.js";
import { type PackedTarballs, packWorkspacePackages } from "../src/pack-workspace-packages.js";

declare module "vitest" {
  export interface ProvidedContext {
    tarballs: PackedTarballs;
    runtimes: Runtimes;
  }
}

export default async function setUpOncePerRun(project: TestProject) {
  const destination = await mkdtemp(path.join(tmpdir(), "specbound-tarballs-"));
  try {
    const [tarballs, runtimes] = await Promise.all([
      packWorkspacePackages(destination),
      installRuntimes(),
    ]);
    project.provide("tarballs", tarballs);
    project.provide("runtimes", runtimes);
  } catch (error) {
    await rm(destination, { recursive: true, force: true });
    throw error;
  }
  return () => rm(destination, { recursive: true, force: true });
}
