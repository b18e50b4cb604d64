// Node 20 (the Node running the tests), 22 and 24, each loading the packed packages both
// ways a Node user does: `import` (run.mjs) and `require()` (run.cjs). The CommonJS half
// guards a bug that only a require() of the built, packed, npm-installed packages showed:
// esbuild's interop hid openapi-fetch's default export, so `require("@specbound/prepr")`
// users got "(0 , import_openapi_fetch2.default) is not a function" on their first call.
import { afterAll, beforeAll, describe, inject } from "vitest";
import { type ConsumerProject, createConsumerProject } from "../src/consumer-project.js";
import { consumerEnv } from "../src/fake-api-server.js";
import {
  RUN_TIMEOUT_MS,
  runScenarioTarget,
  type ScenarioRun,
  scenarioTests,
} from "../src/scenario-run.js";

const ENTRIES = { esm: "run.mjs", cjs: "run.cjs" } as const;
const targets = Object.entries(inject("runtimes").node).flatMap(([node, binary]) =>
  Object.entries(ENTRIES).map(([system, entry]) => ({ name: `${node}-${system}`, binary, entry })),
);

let project: ConsumerProject | undefined;
const runs = new Map<string, Promise<ScenarioRun>>();

beforeAll(async () => {
  project = await createConsumerProject("node", Object.values(inject("tarballs")));
  const ready = project;
  // The six runs are independent (a server each) and mostly wait: run them together.
  for (const { name, binary, entry } of targets) {
    runs.set(
      name,
      runScenarioTarget(`${name}: ${binary} ${entry}`, (server) =>
        ready.run(binary, [entry], consumerEnv(server), RUN_TIMEOUT_MS),
      ),
    );
  }
  await Promise.all(runs.values());
});

afterAll(async () => {
  await project?.remove();
});

for (const { name } of targets) {
  describe(name, () => {
    scenarioTests(() => runs.get(name) ?? Promise.reject(new Error(`${name} did not start`)));
  });
}
