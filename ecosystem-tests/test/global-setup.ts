// Packs the published packages once per test run, however many consumer projects install
// them, and hands the tarballs' paths to every test file through `inject("tarballs")`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { type PackedTarballs, packWorkspacePackages } from "../src/pack-workspace-packages.js";

declare module "vitest" {
  export interface ProvidedContext {
    tarballs: PackedTarballs;
  }
}

export default async function packOncePerRun(project: TestProject) {
  const destination = await mkdtemp(path.join(tmpdir(), "specbound-tarballs-"));
  try {
    project.provide("tarballs", await packWorkspacePackages(destination));
  } catch (error) {
    await rm(destination, { recursive: true, force: true });
    throw error;
  }
  return () => rm(destination, { recursive: true, force: true });
}
