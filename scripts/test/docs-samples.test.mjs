// @ts-check
// Every operation of both published specs carries a TypeScript and a curl sample, and
// every TypeScript sample compiles against the packages: a sample that stops compiling
// (a renamed path, a parameter that became required) fails here.
import { compileSnippets } from "@specbound/testkit";
import { describe, expect, it } from "vitest";
import { APIS, builtSpec, operationsOf } from "./site-files.mjs";

describe.each(APIS)("%s code samples", (api) => {
  const operations = operationsOf(builtSpec(api));

  it("gives every operation a TypeScript and a curl sample", () => {
    const missing = operations.filter(({ operation }) => {
      const langs = (operation["x-codeSamples"] ?? []).map((/** @type {any} */ s) => s.label);
      return !(langs.includes("TypeScript") && langs.includes("curl"));
    });
    expect(missing.map((o) => o.operation.operationId)).toEqual([]);
  });

  it("compiles every TypeScript sample with tsc against the packages", () => {
    /** @type {Record<string, string>} */
    const samples = {};
    for (const { operation } of operations) {
      const sample = operation["x-codeSamples"].find(
        (/** @type {any} */ s) => s.label === "TypeScript",
      );
      samples[operation.operationId] = sample.source;
    }
    expect(compileSnippets(samples)).toEqual([]);
  }, 120_000);
});

it("reports a sample that does not compile (the check can fail)", () => {
  const errors = compileSnippets({
    broken:
      'import { createPreoClient } from "@specbound/preo";\nawait createPreoClient().GET("/v1/nope", {});\n',
  });
  expect(errors.join("\n")).toMatch(/broken\.ts:2:\d+ .*"\/v1\/nope"/);
});

describe("samples a reader copies as they are", () => {
  const preo = builtSpec("preo");
  /** @param {string} path @param {string} method @param {string} label */
  const sample = (path, method, label) =>
    preo.paths[path][method]["x-codeSamples"].find((/** @type {any} */ s) => s.label === label)
      .source;

  it("uploads a file as multipart through uploadFile(), never as JSON with placeholder bytes", () => {
    const typescript = sample("/v1/files", "post", "TypeScript");
    expect(typescript).toContain("await uploadFile(preo, {");
    expect(typescript).not.toContain("file_base64");
    const curl = sample("/v1/files", "post", "curl");
    expect(curl).toContain("--form file=@./");
    expect(curl).not.toContain("--data");
  });

  it("reads the CSV export as text", () => {
    expect(sample("/v1/segments/{id}/export-users", "get", "TypeScript")).toContain(
      'parseAs: "text"',
    );
  });
});
