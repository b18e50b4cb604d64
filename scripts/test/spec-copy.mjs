// @ts-check
// A throwaway copy of what the generator reads and writes (config, specs, generated
// output), so tests can break specs without touching the repository.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");

/** @returns {{ root: string, remove(): void }} */
export function copySpecsAndOutputs() {
  const root = mkdtempSync(path.join(tmpdir(), "specbound-"));
  for (const file of ["redocly.yaml", ".redocly.lint-ignore.yaml"]) {
    cpSync(path.join(repoRoot, file), path.join(root, file));
  }
  cpSync(path.join(repoRoot, "specs"), path.join(root, "specs"), { recursive: true });
  for (const pkg of readdirSync(path.join(repoRoot, "packages"))) {
    const generated = path.join(repoRoot, "packages", pkg, "src", "generated");
    try {
      cpSync(generated, path.join(root, "packages", pkg, "src", "generated"), { recursive: true });
    } catch {
      // a package without generated code
    }
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
