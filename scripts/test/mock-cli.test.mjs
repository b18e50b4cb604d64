// `pnpm mock <api>` and the packages' `prepr-mock` / `preo-mock` bins, run as a consumer
// runs them: a real process on a free loopback port, called over HTTP.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
/** @type {import("node:child_process").ChildProcess[]} */
const running = [];
/** What each process has printed so far. @type {Map<unknown, () => string>} */
const logs = new Map();
/** The output of the process started last. */
const lastOutput = () => [...logs.values()].at(-1)?.() ?? "";
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGTERM");
});

/**
 * Starts `node <args>` and resolves with its URL once it says it listens, or with its
 * exit code and output when it exits first.
 * @param {string[]} args
 * @returns {Promise<{ url?: string, code?: number | null, output: string }>}
 */
function start(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  let output = "";
  logs.set(child, () => output);
  return new Promise((resolve) => {
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, output });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("the mock server", () => {
  it("pnpm mock prepr answers GET /health as the spec says, and 401 without a token", async () => {
    const { url, output } = await start(["scripts/mock.mjs", "prepr", "--port", "0"]);
    expect(output).toMatch(/^prepr-mock: listening on http:\/\/127\.0\.0\.1:\d+ \(24 operations\)/);
    const health = await fetch(`${url}/health`, { headers: { authorization: "Bearer t" } });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ message: "I'm okay buddy, fine and stable." });
    expect((await fetch(`${url}/health`)).status).toBe(401);
    // A line per request, naming what was wrong; never the query, where a token may be.
    expect((await fetch(`${url}/tags?access_token=secret-token-123&limit=0`)).status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lastOutput()).toContain("prepr-mock: GET /health 200\n");
    expect(lastOutput()).toContain(
      "prepr-mock: GET /health 401 auth credentials: expected header Authorization: Bearer <credentials> (bearer), or query access_token (accessToken)",
    );
    expect(lastOutput()).toContain("prepr-mock: GET /tags 400 query limit: expected to be >= 1");
    expect(lastOutput()).not.toContain("secret-token-123");
  });

  it("preo-mock (the package's bin) serves Preo with its violations", async () => {
    const bin = path.join(root, "packages/preo/kit/mock-cli.js");
    const { url, output } = await start([bin, "--port", "0"]);
    expect(output).toContain("(81 operations)");
    const response = await fetch(`${url}/v1/files`, { headers: { authorization: "Bearer t" } });
    expect(response.status).toBe(400);
    expect((await response.json()).violations).toEqual([
      { in: "query", where: "organization_id", expected: "present (required)" },
    ]);
  });

  it("refuses a bad port and an unknown API with a message and a usage line", async () => {
    const badPort = await start(["scripts/mock.mjs", "prepr", "--port", "http"]);
    expect(badPort.code).toBe(2);
    expect(badPort.output).toContain("--port: expected an integer from 0 to 65535, got http");
    const unknown = await start(["scripts/mock.mjs", "stripe"]);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain(
      "usage: pnpm mock <prepr|preo> [--port N] [--host H] [--quiet]",
    );
    expect(unknown.output).toContain('unknown API "stripe"');
  });
});
