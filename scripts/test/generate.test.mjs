// @ts-check
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runGenerate } from "./run-generate.mjs";
import { copySpecsAndOutputs, repoRoot } from "./spec-copy.mjs";

/** @type {ReturnType<typeof copySpecsAndOutputs> | undefined} */
let copy;
afterEach(() => copy?.remove());

/** @param {string} root @param {string} file @param {(text: string) => string} change */
function edit(root, file, change) {
  const full = path.join(root, file);
  const before = readFileSync(full, "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
}

describe("drift check", () => {
  it("passes when the generated files match their specs", () => {
    copy = copySpecsAndOutputs();
    const result = runGenerate(["--check", "--root", copy.root]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("fails, naming the stale file, when a spec changed without regenerating", () => {
    copy = copySpecsAndOutputs();
    edit(copy.root, "specs/preo/paths/v1_files.yaml", (text) =>
      text.replace(
        "Filter by file name (case-insensitive contains)",
        "Filter by part of the file name",
      ),
    );
    const result = runGenerate(["--check", "--root", copy.root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("packages/preo/src/generated/schema.ts is stale");
    expect(result.stderr).not.toContain("packages/prepr/");
  });

  it("writes nothing", () => {
    copy = copySpecsAndOutputs();
    const schema = path.join(copy.root, "packages/preo/src/generated/schema.ts");
    const before = statSync(schema).mtimeMs;
    edit(copy.root, "specs/preo/openapi.yaml", (text) =>
      text.replace("Preo API\n", "Preo API (edited)\n"),
    );
    runGenerate(["--check", "--root", copy.root]);
    expect(statSync(schema).mtimeMs).toBe(before);
  });
});

describe("a broken spec", () => {
  it("fails with the file and line of a dangling $ref and leaves the last good output", () => {
    copy = copySpecsAndOutputs();
    const generated = path.join(copy.root, "packages/preo/src/generated");
    const before = Object.fromEntries(
      readdirSync(generated).map((f) => [f, readFileSync(path.join(generated, f), "utf8")]),
    );
    edit(copy.root, "specs/preo/paths/v1_files.yaml", (text) =>
      text.replace(
        "../components/schemas/PaginatedFileList.yaml",
        "../components/schemas/NoSuchList.yaml",
      ),
    );
    const result = runGenerate(["preo", "--root", copy.root]);
    expect(result.status).toBe(1);
    const line =
      readFileSync(path.join(copy.root, "specs/preo/paths/v1_files.yaml"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("NoSuchList")) + 1;
    expect(result.stderr).toMatch(
      new RegExp(`specs/preo/paths/v1_files\\.yaml:${line}:\\d+ error no-unresolved-refs`),
    );
    expect(result.stderr).toContain("packages/preo/src/generated is left as it was");
    const after = Object.fromEntries(
      readdirSync(generated).map((f) => [f, readFileSync(path.join(generated, f), "utf8")]),
    );
    expect(after).toEqual(before);
  });

  it("fails on a lint warning too, naming the rule", () => {
    copy = copySpecsAndOutputs();
    edit(copy.root, "specs/prepr/paths/health.yaml", (text) =>
      text.replace("operationId: getHealth", "operationId: get_health"),
    );
    const result = runGenerate(["prepr", "--root", copy.root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /specs\/prepr\/paths\/health\.yaml:2:\d+ error rule\/operation-id-camel-case/,
    );
  });
});

describe("generation", () => {
  it("is deterministic and reproduces the committed files byte for byte", () => {
    copy = copySpecsAndOutputs();
    const result = runGenerate(["--root", copy.root]);
    expect(result.status).toBe(0);
    for (const api of ["prepr", "preo"]) {
      for (const file of ["schema.ts", "spec-meta.ts"]) {
        const relative = `packages/${api}/src/generated/${file}`;
        expect(readFileSync(path.join(copy.root, relative), "utf8")).toBe(
          readFileSync(path.join(repoRoot, relative), "utf8"),
        );
      }
    }
  });

  it("starts each file with the do-not-edit banner, the source spec and its hash", () => {
    const text = readFileSync(
      path.join(repoRoot, "packages/prepr/src/generated/schema.ts"),
      "utf8",
    );
    expect(text).toMatch(
      /^\/\/ Generated from specs\/prepr\/openapi\.yaml by scripts\/generate\.mjs\. Do not edit: change the spec\n\/\/ and run `pnpm generate`\.\n\/\/ Spec content hash: sha256:[0-9a-f]{64}\n/,
    );
  });

  it("regenerates after a spec change and leaves no temporary file", () => {
    copy = copySpecsAndOutputs();
    edit(copy.root, "specs/preo/paths/v1_files.yaml", (text) =>
      text.replace(
        "Filter by file name (case-insensitive contains)",
        "Filter by part of the file name",
      ),
    );
    const result = runGenerate(["preo", "--root", copy.root]);
    expect(result.status).toBe(0);
    const generated = path.join(copy.root, "packages/preo/src/generated");
    expect(readFileSync(path.join(generated, "schema.ts"), "utf8")).toContain(
      "Filter by part of the file name",
    );
    expect(readdirSync(generated).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(path.join(generated, "spec-meta.ts"))).toBe(true);
  });

  it("refuses an API that redocly.yaml does not declare", () => {
    const result = runGenerate(["nope"]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("unknown API nope: redocly.yaml declares prepr, preo");
  });
});
