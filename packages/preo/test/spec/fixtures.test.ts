// Every JSON example of the Files section of Preo's reference is a fixture under
// specs/preo/examples/, validated here against the schema of its operation and status
// (requests against request bodies) with Ajv in JSON Schema 2020-12 mode.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundleSpec, repoRoot, SpecValidator } from "@specbound/testkit";
import { beforeAll, describe, expect, it } from "vitest";

const examplesDir = path.join(repoRoot, "specs/preo/examples");

// fixture file → where it belongs. A new example must be added here to be tested; the
// count check below fails when a fixture is dropped or left out of this table.
const FIXTURES: Record<string, { operationId: string; status?: string; mediaType?: string }> = {
  "files.list.200.json": { operationId: "listFiles", status: "200" },
  "files.upload.request.json": { operationId: "uploadFile" },
  "files.upload.201.json": { operationId: "uploadFile", status: "201" },
  "files.get.200.json": { operationId: "getFileDetails", status: "200" },
  "files.update.request.json": { operationId: "updateFileMetadata" },
  "files.update.200.json": { operationId: "updateFileMetadata", status: "200" },
};
// The Files section of the reference shows six JSON examples.
const DOCUMENTED_EXAMPLES = 6;

let spec: SpecValidator;
beforeAll(async () => {
  spec = new SpecValidator(await bundleSpec("preo"));
});

describe("Preo Files fixtures", () => {
  it("covers every example of the reference, and every fixture file", () => {
    expect(Object.keys(FIXTURES)).toHaveLength(DOCUMENTED_EXAMPLES);
    const files = readdirSync(examplesDir).filter((f) => f.startsWith("files."));
    expect(files.sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  it.each(Object.entries(FIXTURES))("%s validates", (file, where) => {
    const { value } = JSON.parse(readFileSync(path.join(examplesDir, file), "utf8"));
    const problems = where.status
      ? spec.validateResponse(where.operationId, where.status, value, where.mediaType)
      : spec.validateRequest(where.operationId, value, where.mediaType);
    expect(problems).toEqual([]);
  });

  it("rejects a broken fixture (the check can fail)", () => {
    const { value } = JSON.parse(
      readFileSync(path.join(examplesDir, "files.get.200.json"), "utf8"),
    );
    const broken = { ...value, file_name: "x".repeat(1001), image: "not an object" };
    expect(spec.validateResponse("getFileDetails", "200", broken)).toHaveLength(2);
  });
});
