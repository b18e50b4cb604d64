// @ts-check
// The published bundles work in the generators users already have: @hey-api/openapi-ts and
// orval (pinned in package.json, the newest releases that run on Node 20) each turn
// site/<api>/openapi.json into a fetch client, and `tsc --strict` compiles that client with
// 0 errors. The last case feeds orval a bundle it cannot handle, so the check can fail.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, it } from "vitest";
import { APIS, site } from "./site-files.mjs";

const run = promisify(execFile);
const bin = path.join(import.meta.dirname, "..", "node_modules", ".bin");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** @typedef {(spec: string, out: string) => [string, string[]]} Generator */

/** Each tool's command line for a fetch client of `spec` (an absolute path) in `out`. */
const GENERATORS = /** @satisfies {Record<string, Generator>} */ ({
  // An absolute --input: hey-api reads a relative `dir/file` as a registry `org/project`.
  "hey-api": (spec, out) => [
    path.join(bin, "openapi-ts"),
    ["--input", spec, "--output", out, "--client", "@hey-api/client-fetch", "--no-log-file"],
  ],
  orval: (spec, out) => [
    path.join(bin, "orval"),
    ["--input", spec, "--output", path.join(out, "client.ts"), "--client", "fetch"],
  ],
});

// What a user's project would say, and no more. No skipLibCheck: neither client imports a
// runtime package (hey-api copies its fetch client into the output, orval's calls the
// global fetch), so there is no library .d.ts to excuse. DOM.Iterable because hey-api's
// copied client calls URLSearchParams#entries() (TypeScript 6 folds it into DOM).
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "bundler",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
  },
  include: ["**/*.ts"],
};

// orval names an inline schema `<Schema><Property>`: `Refund.requestRejectionReason` and
// `RefundRequest.rejectionReason` both become `RefundRequestRejectionReason`.
const CLASHING_INLINE_NAMES = {
  openapi: "3.1.0",
  info: { title: "Two inline schemas, one generated name", version: "1.0.0" },
  paths: {
    "/refunds/{id}": {
      get: {
        operationId: "getRefund",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: {
            description: "The refund.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Refund" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Refund: {
        type: "object",
        properties: {
          requestRejectionReason: { type: "object", properties: { code: { type: "string" } } },
          request: { $ref: "#/components/schemas/RefundRequest" },
        },
      },
      RefundRequest: {
        type: "object",
        properties: {
          rejectionReason: { type: "object", properties: { note: { type: "string" } } },
        },
      },
    },
  },
};

/**
 * @typedef {object} Case
 * @property {{ tool: keyof typeof GENERATORS, spec: string | object }} given  a bundle's path, or a document
 * @property {{ codes: string[] }} want  the distinct tsc error codes, sorted
 */
/** @type {[string, Case][]} */
const CASES = [
  ...APIS.flatMap((api) =>
    Object.keys(GENERATORS).map(
      (tool) =>
        /** @type {[string, Case]} */ ([
          `${tool} on site/${api}/openapi.json compiles with 0 errors`,
          {
            given: {
              tool: /** @type {keyof typeof GENERATORS} */ (tool),
              spec: path.join(site, api, "openapi.json"),
            },
            want: { codes: [] },
          },
        ]),
    ),
  ),
  [
    "orval on two inline schemas it names alike fails with TS2300",
    { given: { tool: "orval", spec: CLASHING_INLINE_NAMES }, want: { codes: ["TS2300"] } },
  ],
];

/**
 * tsc's `file(line,col): error TSxxxx: message` lines as `file:line TSxxxx message`
 * (message continuation lines dropped).
 * @param {string} output  @param {string} dir
 */
function tscErrors(output, dir) {
  return [...output.matchAll(/^(?:(.+?)\((\d+),\d+\): )?error (TS\d+): (.*)$/gm)].map(
    ([, file, line, code, message]) => ({
      code: /** @type {string} */ (code),
      text: `${file ? `${path.relative(dir, path.resolve(dir, file))}:${line} ` : ""}${code} ${message}`,
    }),
  );
}

/**
 * @param {string} command  @param {string[]} args  @param {string} cwd
 * @returns {Promise<{ ok: boolean, output: string }>}
 */
async function runTool(command, args, cwd) {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = "", stderr = "", message } = /** @type {any} */ (error);
    return { ok: false, output: stdout + stderr || message };
  }
}

// About 30 s for the five cases on two cores, run side by side: each generator takes 2-4 s
// and each tsc 5-7 s. The timeout leaves room for a machine busy with the other tests.
describe("the bundles in other generators", () => {
  it.concurrent.for(CASES)("%s", { timeout: 120_000 }, async ([, { given, want }], { expect }) => {
    const dir = await mkdtemp(path.join(tmpdir(), `specbound-${given.tool}-`));
    try {
      const spec = typeof given.spec === "string" ? given.spec : path.join(dir, "openapi.json");
      if (typeof given.spec !== "string") await writeFile(spec, JSON.stringify(given.spec));
      const out = path.join(dir, "client");
      const [command, args] = GENERATORS[given.tool](spec, out);
      const generated = await runTool(command, args, dir);
      expect(generated.ok, `${given.tool} failed:\n${generated.output}`).toBe(true);

      await writeFile(path.join(out, "tsconfig.json"), JSON.stringify(TSCONFIG));
      const compiled = await runTool(process.execPath, [tsc, "-p", out, "--pretty", "false"], out);
      const errors = tscErrors(compiled.output, out);
      const codes = [...new Set(errors.map((e) => e.code))].sort();
      const listing = errors.map((e) => `  ${e.text}`).join("\n");
      expect(codes, `tsc --strict on ${given.tool}'s client:\n${listing}`).toEqual(want.codes);
      expect(compiled.ok).toBe(want.codes.length === 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
