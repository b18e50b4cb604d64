// Bun, from the `bun` registry package (version pinned in runtimes/package.json): run.ts
// as Bun runs TypeScript, importing the packages (ESM), and run.cjs require()ing them.
import { afterAll, beforeAll, describe, inject } from "vitest";
import { type ConsumerProject, createConsumerProject } from "../src/consumer-project.js";
import { consumerEnv } from "../src/fake-api-server.js";
import {
  RUN_TIMEOUT_MS,
  runScenarioTarget,
  type ScenarioRun,
  scenarioTests,
} from "../src/scenario-run.js";

const TARGETS = { "bun-esm": "run.ts", "bun-cjs": "run.cjs" } as const;
const bun = inject("runtimes").bun;

let project: ConsumerProject | undefined;
const runs = new Map<string, Promise<ScenarioRun>>();

beforeAll(async () => {
  project = await createConsumerProject("bun", Object.values(inject("tarballs")));
  const ready = project;
  for (const [name, entry] of Object.entries(TARGETS)) {
    runs.set(
      name,
      runScenarioTarget(`${name}: bun ${entry}`, (server) =>
        ready.run(
          bun,
          [entry],
          // No transpiler cache in the user's home: each run compiles afresh.
          { ...consumerEnv(server), BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" },
          RUN_TIMEOUT_MS,
        ),
      ),
    );
  }
  await Promise.all(runs.values());
});

afterAll(async () => {
  await project?.remove();
});

for (const name of Object.keys(TARGETS)) {
  describe(name, () => {
    scenarioTests(() => runs.get(name) ?? Promise.reject(new Error(`${name} did not start`)));
  });
}
