// Cloudflare's workerd, from the `workerd` registry package (version pinned in
// runtimes/package.json): the clients inside a Worker, bundled by esbuild as wrangler
// bundles, served without nodejs_compat, and calling the fake API server over loopback.
// The test POSTs the scenario's config to the Worker and reads the result lines back.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Bundle, bundleWithEsbuild, describeBundle } from "../src/bundle.js";
import { type ConsumerProject, createConsumerProject } from "../src/consumer-project.js";
import { scenarioConfig } from "../src/fake-api-server.js";
import { freePort, waitUntilAnswering } from "../src/free-port.js";
import { type BackgroundProcess, startBackground } from "../src/run-command.js";
import { runScenarioTarget, type ScenarioRun, scenarioTests } from "../src/scenario-run.js";

const workerd = inject("runtimes").workerd;

let project: ConsumerProject | undefined;
let server: BackgroundProcess | undefined;
let bundle: Bundle | undefined;
let run: Promise<ScenarioRun> | undefined;

beforeAll(async () => {
  project = await createConsumerProject("workerd", Object.values(inject("tarballs")));
  const built = await bundleWithEsbuild(project, "worker.js", "dist/worker.js", [
    "workerd",
    "worker",
  ]);
  bundle = built;
  const ready = project;
  run = runScenarioTarget("workerd serve config.capnp", async (api) => {
    if (built.build.exitCode !== 0) throw new Error(describeBundle(built));
    const port = await freePort();
    const workerUrl = `http://127.0.0.1:${port}/`;
    const args = ["serve", "config.capnp", "--socket-addr", `http=127.0.0.1:${port}`];
    server = startBackground(workerd, args, { cwd: ready.dir });
    await waitUntilAnswering(workerUrl, server.exited);
    const response = await fetch(workerUrl, {
      method: "POST",
      body: JSON.stringify(scenarioConfig(api)),
      signal: AbortSignal.timeout(60_000),
    });
    const stdout = await response.text();
    const { stderr } = server.output();
    return {
      exitCode: response.status === 200 ? 0 : response.status,
      signal: null,
      stdout,
      stderr,
    };
  });
  await run;
});

afterAll(async () => {
  await server?.stop();
  await project?.remove();
});

describe("workerd", () => {
  it("bundles for the Workers runtime with no Node built-in", () => {
    expect(bundle?.build.exitCode, bundle && describeBundle(bundle)).toBe(0);
    expect(bundle?.externalImports).toEqual([]);
  });

  scenarioTests(() => run ?? Promise.reject(new Error("workerd did not start")));
});
