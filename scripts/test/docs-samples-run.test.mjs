// @ts-check
// The docs' samples run, not only compile: every TypeScript sample is executed in Node
// against the package's validating mock, and every curl sample with curl against the same
// mock over loopback HTTP. Each must call the operation it documents, be accepted (a 400
// means the sample's request breaks the spec), and get a response that validates against
// the operation's response schema (checked by the testkit's own Ajv, not the mock's).
// Mutated samples show that each check can fail.
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bundleSpec, SpecValidator } from "@specbound/testkit";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIS, builtSpec, operationsOf } from "./site-files.mjs";
import { repoRoot } from "./spec-copy.mjs";

/** @typedef {{ method: string, url: string, status: number, contentType: string | null, body: string }} Exchange */
/** @typedef {{ operationId: string, exchanges: Exchange[], error?: string }} SampleRun */

const work = mkdtempSync(path.join(tmpdir(), "specbound-samples-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// The file the upload samples read; a few bytes of JPEG header are enough.
writeFileSync(path.join(work, "summer-poster.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]));

/** @param {string} api @param {Record<string, any>} operation @param {string} label */
function sampleOf(api, operation, label) {
  const sample = (operation["x-codeSamples"] ?? []).find(
    (/** @type {any} */ s) => s.label === label,
  );
  if (!sample) throw new Error(`${api} ${operation.operationId}: no ${label} sample`);
  return String(sample.source);
}

/** A TypeScript sample as an ES module importing the built package. @param {string} api @param {string} source */
function toModule(api, source) {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const built = pathToFileURL(path.join(repoRoot, "packages", api, "dist", "index.js")).href;
  return outputText.replaceAll(`"@specbound/${api}"`, JSON.stringify(built));
}

/**
 * Runs TypeScript samples of `api` in a fresh Node process (sample-runner.mjs).
 * @param {string} api @param {{ operationId: string, source: string }[]} samples
 * @returns {SampleRun[]}
 */
function runTypeScript(api, samples) {
  const dir = mkdtempSync(path.join(work, `${api}-`));
  const manifest = samples.map(({ operationId, source }, i) => {
    const file = path.join(dir, `${i}-${operationId}.mjs`);
    writeFileSync(file, toModule(api, source));
    return { operationId, file };
  });
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  const runner = path.join(import.meta.dirname, "sample-runner.mjs");
  const results = path.join(dir, "results.json");
  const run = spawnSync(process.execPath, [runner, api, path.join(dir, "manifest.json"), results], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, [`${api.toUpperCase()}_TOKEN`]: "docs-sample-token" },
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`sample runner failed: ${run.stderr}`);
  return JSON.parse(readFileSync(results, "utf8"));
}

/** `/v1/things/{id}` → a regex of its paths. @param {string} template */
function pathPattern(template) {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[^/]+")}$`);
}

/**
 * What is wrong with one sample's exchanges, as messages; [] when it is right.
 * @param {SpecValidator} spec @param {{ operationId: string, method: string, path: string }} operation
 * @param {Exchange[]} exchanges
 */
function problemsOf(spec, operation, exchanges) {
  if (exchanges.length === 0) return ["made no request"];
  const pattern = pathPattern(operation.path);
  const declared = spec.operation(operation.operationId).operation.responses;
  return exchanges.flatMap((exchange) => {
    const { pathname } = new URL(exchange.url);
    const problems = [];
    if (exchange.method !== operation.method.toUpperCase() || !pattern.test(pathname)) {
      problems.push(
        `called ${exchange.method} ${pathname}, not ${operation.method.toUpperCase()} ${operation.path}`,
      );
    }
    if (exchange.status < 200 || exchange.status > 299) {
      problems.push(`got ${exchange.status}: ${exchange.body.slice(0, 400)}`);
      return problems;
    }
    const status = String(exchange.status);
    if (!declared[status]) return [...problems, `got ${status}, which the spec does not declare`];
    const mediaType = (exchange.contentType ?? "").split(";")[0]?.trim() ?? "";
    if (mediaType === "") return problems;
    const body = mediaType.includes("json") ? JSON.parse(exchange.body) : exchange.body;
    return [...problems, ...spec.validateResponse(operation.operationId, status, body, mediaType)];
  });
}

/**
 * Runs a curl sample against `baseUrl` (the mock served on loopback), answering as an
 * `Exchange`. curl's own options are untouched: the write-out comes from a .curlrc.
 * Asynchronous: the mock answers from this process, which must not block while curl waits.
 * @param {string} source @param {string} server @param {string} baseUrl
 * @returns {Promise<{ exitCode: number | null, stderr: string, exchange?: Exchange }>}
 */
function runCurl(source, server, baseUrl) {
  const home = path.join(work, "curl-home");
  mkdirSync(home, { recursive: true });
  writeFileSync(
    path.join(home, ".curlrc"),
    'silent\nshow-error\nwrite-out = "\\n%{http_code} %{content_type} %{method} %{url_effective}"\n',
  );
  const env = {
    ...process.env,
    CURL_HOME: home,
    PREPR_TOKEN: "docs-sample-token",
    PREO_TOKEN: "docs-sample-token",
  };
  return new Promise((resolve) => {
    execFile(
      "bash",
      ["-c", source.replaceAll(server, baseUrl)],
      { cwd: work, env, timeout: 30_000 },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === "number" ? error.code : null) : 0;
        const lines = stdout.split("\n");
        const [status = "0", contentType = "", method = "", url = ""] = (lines.pop() ?? "").split(
          " ",
        );
        resolve({
          exitCode,
          stderr,
          ...(exitCode === 0 && {
            exchange: {
              method,
              url,
              status: Number(status),
              contentType: contentType || null,
              body: lines.join("\n"),
            },
          }),
        });
      },
    );
  });
}

describe.each(APIS)("%s samples, run against the validating mock", (api) => {
  const site = builtSpec(api);
  const server = String(site.servers[0].url);
  const operations = operationsOf(site).map(({ method, path: p, operation }) => ({
    method,
    path: p,
    operationId: String(operation.operationId),
    typescript: sampleOf(api, operation, "TypeScript"),
    curl: sampleOf(api, operation, "curl"),
  }));
  /** @type {SpecValidator} */
  let spec;
  /** @type {Map<string, SampleRun>} */
  const runs = new Map();
  /** @type {{ url: string, close(): Promise<void> }} */
  let mockServer;

  beforeAll(async () => {
    spec = new SpecValidator(await bundleSpec(api));
    for (const run of runTypeScript(
      api,
      operations.map((o) => ({ operationId: o.operationId, source: o.typescript })),
    )) {
      runs.set(run.operationId, run);
    }
    const { serveMockApi } = await import(
      pathToFileURL(path.join(repoRoot, "packages/runtime/dist/mock-server.js")).href
    );
    const kit = await import(
      pathToFileURL(path.join(repoRoot, "packages", api, "kit", "mock.js")).href
    );
    mockServer = await serveMockApi(
      kit[`create${api.charAt(0).toUpperCase()}${api.slice(1)}Mock`](),
    );
  }, 120_000);
  afterAll(() => mockServer?.close());

  it.each(operations)(
    "$operationId: the TypeScript sample runs and gets a valid response",
    (operation) => {
      const run = runs.get(operation.operationId);
      expect(run?.error, `${operation.operationId} threw`).toBeUndefined();
      expect(problemsOf(spec, operation, run?.exchanges ?? [])).toEqual([]);
    },
  );

  it.each(operations)(
    "$operationId: the curl sample runs and gets a valid response",
    async (operation) => {
      const result = await runCurl(operation.curl, server, mockServer.url);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(problemsOf(spec, operation, result.exchange ? [result.exchange] : [])).toEqual([]);
    },
  );
});

describe("the checks can fail", () => {
  const prepr = async () => new SpecValidator(await bundleSpec("prepr"));
  const site = builtSpec("preo");
  const csv = operationsOf(site).find((o) => o.operation.operationId === "exportSegmentUsersAsCsv");
  /** @type {SpecValidator} */
  let spec;
  beforeAll(async () => {
    spec = new SpecValidator(await bundleSpec("preo"));
  });

  it('catches a sample that throws: the CSV export without parseAs: "text"', () => {
    const source = sampleOf("preo", csv?.operation ?? {}, "TypeScript");
    expect(source).toContain('parseAs: "text"');
    const [run] = runTypeScript("preo", [
      {
        operationId: "exportSegmentUsersAsCsv",
        source: source.replace(/\n\s*parseAs: "text",/, ""),
      },
    ]);
    expect(run?.error).toMatch(/JSON/);
  });

  it("catches a sample whose request breaks the spec, and one that calls another operation", () => {
    const operation = { operationId: "listOrders", method: "get", path: "/v1/orders" };
    const [run] = runTypeScript("preo", [
      {
        operationId: "listOrders",
        source: [
          'import { createPreoClient } from "@specbound/preo";',
          "const preo = createPreoClient();",
          'await (preo.GET as any)("/v1/orders", { params: { query: { page: 0 } } });',
          'await preo.GET("/v1/users", { params: { query: { organization_id: "o" } } });',
        ].join("\n"),
      },
    ]);
    const problems = problemsOf(spec, operation, run?.exchanges ?? []);
    expect(problems).toEqual([
      expect.stringMatching(/^got 400: .*organization_id/),
      "called GET /v1/users, not GET /v1/orders",
    ]);
  });

  it("catches a curl sample with a mis-encoded filter", async () => {
    const { serveMockApi } = await import(
      pathToFileURL(path.join(repoRoot, "packages/runtime/dist/mock-server.js")).href
    );
    const kit = await import(pathToFileURL(path.join(repoRoot, "packages/prepr/kit/mock.js")).href);
    const served = await serveMockApi(kit.createPreprMock());
    try {
      const tags = operationsOf(builtSpec("prepr")).find(
        (o) => o.operation.operationId === "listTags",
      );
      const source = sampleOf("prepr", tags?.operation ?? {}, "curl");
      expect(source).toContain("q[0][fz]=");
      const result = await runCurl(
        source.replace("q[0][fz]=", "q[fz]="),
        "https://api.eu1.prepr.io",
        served.url,
      );
      const operation = { operationId: "listTags", method: "get", path: "/tags" };
      expect(
        problemsOf(await prepr(), operation, result.exchange ? [result.exchange] : []),
      ).toEqual([expect.stringMatching(/^got 400: .*q: expected an array, written with indexes/)]);
    } finally {
      await served.close();
    }
  });

  it("catches a response that does not match the schema", () => {
    const operation = {
      operationId: "retrieveOrderDetails",
      method: "get",
      path: "/v1/orders/{id}",
    };
    const exchange = {
      method: "GET",
      url: "https://api.preo.dev/v1/orders/ord_1",
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ api_id: 42 }),
    };
    expect(problemsOf(spec, operation, [exchange])).toEqual([
      expect.stringContaining("/api_id must be string"),
    ]);
  });
});
