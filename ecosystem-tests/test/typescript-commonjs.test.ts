// TypeScript users who compile to CommonJS meet the packages through `require()` too, and
// through the `.d.cts` types: tsc must accept the calls (strict, no skipLibCheck) and the
// emitted JavaScript must run.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { LoopbackServer } from "@specbound/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ConsumerProject, createConsumerProject } from "../src/consumer-project.js";
import {
  consumerEnv,
  receivedRequests,
  startFakeApiServer,
  TEST_TOKEN,
} from "../src/fake-api-server.js";
import { type CommandResult, describeResult } from "../src/run-command.js";

describe("a TypeScript project compiled to CommonJS (module node16), run with node", () => {
  let project: ConsumerProject | undefined;
  let server: LoopbackServer | undefined;
  let compile: CommandResult;
  let emitted: string;
  let run: CommandResult;

  beforeAll(async () => {
    [project, server] = await Promise.all([
      createConsumerProject("typescript-commonjs", Object.values(inject("tarballs"))),
      startFakeApiServer(),
    ]);
    // The project's own TypeScript (the version its package.json pins), as users compile.
    compile = await project.run(project.bin("tsc"), ["-p", "."]);
    emitted = await readFile(path.join(project.dir, "dist", "main.js"), "utf8").catch(() => "");
    run = await project.run(process.execPath, ["dist/main.js"], consumerEnv(server));
  });

  afterAll(async () => {
    await Promise.all([project?.remove(), server?.close()]);
  });

  it("compiles without errors", () => {
    expect(compile.exitCode, describeResult("tsc -p .", compile)).toBe(0);
  });

  it("emits require() calls, not imports", () => {
    expect(emitted).toContain('require("@specbound/prepr")');
    expect(emitted).not.toMatch(/^\s*import\b/m);
  });

  it("passes every check and exits 0", () => {
    expect(run.stdout.trimEnd().split("\n"), describeResult("node dist/main.js", run)).toEqual([
      "ok - prepr GET /tags with a bracket filter (slug[0][eq]=news)",
      "ok - prepr paginate /tags, two per page",
      "ok - unwrap of a 404 throws ApiError",
    ]);
    expect(run.exitCode, describeResult("node dist/main.js", run)).toBe(0);
  });

  it("sent each call over HTTP with the bearer token", () => {
    const prepr = { authorization: `Bearer ${TEST_TOKEN}`, userAgent: "specbound-prepr" };
    expect(receivedRequests(server as LoopbackServer)).toEqual([
      { method: "GET", path: "/tags", query: { "slug[0][eq]": "news" }, ...prepr },
      { method: "GET", path: "/tags", query: { limit: "2" }, ...prepr },
      { method: "GET", path: "/tags", query: { limit: "2", skip: "2" }, ...prepr },
      { method: "GET", path: "/tags/missing", query: {}, ...prepr },
    ]);
  });
});
