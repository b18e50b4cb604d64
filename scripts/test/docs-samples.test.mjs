// @ts-check
// Every operation of both published specs carries a TypeScript and a curl sample, and
// every TypeScript sample compiles against the packages: a sample that stops compiling
// (a renamed path, a parameter that became required) fails here. Every line of every
// sample fits the docs' sample panel (64 columns), and every curl sample is valid shell.
import { spawnSync } from "node:child_process";
import { compileSnippets } from "@specbound/testkit";
import { describe, expect, it } from "vitest";
import { overflowingLines, SAMPLE_WIDTH } from "../lib/sample-layout.mjs";
import { APIS, builtSpec, operationsOf, samplesOf } from "./site-files.mjs";

/**
 * The curl samples `bash -n` rejects, with bash's message.
 * @param {Record<string, string>} samples
 */
function shellErrors(samples) {
  return Object.entries(samples).flatMap(([name, source]) => {
    const result = spawnSync("bash", ["-n"], { input: source, encoding: "utf8" });
    return result.status === 0 ? [] : [`${name}: ${result.stderr.trim()}`];
  });
}

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

  it.each(["TypeScript", "curl"])(`keeps every %s line within ${SAMPLE_WIDTH} columns`, (label) => {
    const samples = samplesOf(builtSpec(api), label);
    expect(Object.keys(samples)).toHaveLength(operations.length);
    expect(overflowingLines(samples)).toEqual([]);
  });

  it("writes every curl sample as valid shell (bash -n)", () => {
    expect(shellErrors(samplesOf(builtSpec(api), "curl"))).toEqual([]);
  });
});

describe("the width and shell checks can fail", () => {
  it.each([
    { line: "x".repeat(SAMPLE_WIDTH), expected: [] },
    {
      line: "x".repeat(SAMPLE_WIDTH + 1),
      expected: [`listThings (curl):2: ${"x".repeat(SAMPLE_WIDTH + 1)} (65 columns)`],
    },
  ])("a line of $line.length columns", ({ line, expected }) => {
    expect(overflowingLines({ "listThings (curl)": `curl -G \\\n${line}\n` })).toEqual(expected);
  });

  it("names a curl sample that is not valid shell", () => {
    const errors = shellErrors({
      "ok (curl)": "curl --request GET \\\n  --url https://example.com/\n",
      "broken (curl)": 'curl --data \'{"a": 1}\n',
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^broken \(curl\): /);
  });
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

  it("shows one filter clause with one operator, sent with curl -G one pair a line", () => {
    const prepr = builtSpec("prepr");
    const list = prepr.paths["/publications"].get["x-codeSamples"];
    const [typescript, curl] = list.map((/** @type {any} */ s) => s.source);
    expect(typescript).toContain('status: [{ in: ["Done"] }]');
    expect(curl).toContain("curl -G \\\n");
    expect(curl).toContain("  --data-urlencode 'status[0][in][0]=Done'\n");
    expect(curl).not.toContain("%5B");
  });

  it("says which of several request examples the sample sends", () => {
    const prepr = builtSpec("prepr");
    const operation = prepr.paths["/publications"].post;
    const first = Object.values(operation.requestBody.content["application/json"].examples)[0];
    const summary = /** @type {any} */ (first).$ref
      ? prepr.components.examples[/** @type {any} */ (first).$ref.split("/").at(-1)].summary
      : /** @type {any} */ (first).summary;
    const [typescript, curl] = operation["x-codeSamples"].map((/** @type {any} */ s) => s.source);
    expect(typescript).toContain(`// body: the "${summary}" example\n`);
    expect(curl).toContain(`# body: the "${summary}" example\n`);
  });

  it("reads the CSV export as text", () => {
    expect(sample("/v1/segments/{id}/export-users", "get", "TypeScript")).toContain(
      'parseAs: "text"',
    );
  });
});
