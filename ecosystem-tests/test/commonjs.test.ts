// The bug this guards against: esbuild's CommonJS interop hid openapi-fetch's default
// export, so `require("@specbound/prepr")` users got "(0 , import_openapi_fetch2.default)
// is not a function" on their first call. Only a require() of the built, packed and
// npm-installed packages shows it; the packages' own tests import the ESM sources.
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

describe("a CommonJS project: require() of the packed packages, run with node", () => {
  let project: ConsumerProject | undefined;
  let server: LoopbackServer | undefined;
  let run: CommandResult;

  beforeAll(async () => {
    [project, server] = await Promise.all([
      createConsumerProject("commonjs", Object.values(inject("tarballs"))),
      startFakeApiServer(),
    ]);
    run = await project.run(process.execPath, ["run.cjs"], consumerEnv(server));
  });

  afterAll(async () => {
    await Promise.all([project?.remove(), server?.close()]);
  });

  it("passes every check and exits 0", () => {
    expect(run.stdout.trimEnd().split("\n"), describeResult("node run.cjs", run)).toEqual([
      "ok - prepr GET /tags with a bracket filter (slug[0][eq]=news)",
      "ok - prepr paginate /tags, two per page",
      "ok - preo GET /v1/files?organization_id=org-1",
      "ok - unwrap of a 404 throws ApiError, one class across the three packages",
    ]);
    expect(run.exitCode, describeResult("node run.cjs", run)).toBe(0);
  });

  it("sent each call over HTTP with its query in the spec's encoding and the bearer token", () => {
    const prepr = { authorization: `Bearer ${TEST_TOKEN}`, userAgent: "specbound-prepr" };
    const preo = { authorization: `Bearer ${TEST_TOKEN}`, userAgent: "specbound-preo" };
    expect(receivedRequests(server as LoopbackServer)).toEqual([
      { method: "GET", path: "/tags", query: { "slug[0][eq]": "news" }, ...prepr },
      { method: "GET", path: "/tags", query: { limit: "2" }, ...prepr },
      { method: "GET", path: "/tags", query: { limit: "2", skip: "2" }, ...prepr },
      { method: "GET", path: "/v1/files", query: { organization_id: "org-1" }, ...preo },
      { method: "GET", path: "/tags/missing", query: {}, ...prepr },
    ]);
  });
});
