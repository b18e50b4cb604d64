// Deno, from the `deno` registry package (version pinned in runtimes/package.json): run.ts
// imports the packages from the node_modules npm installed, with no permission but
// network access to 127.0.0.1 (no environment, no file system, no other host).
import { afterAll, beforeAll, describe, inject } from "vitest";
import { type ConsumerProject, createConsumerProject } from "../src/consumer-project.js";
import { scenarioConfig } from "../src/fake-api-server.js";
import {
  RUN_TIMEOUT_MS,
  runScenarioTarget,
  type ScenarioRun,
  scenarioTests,
} from "../src/scenario-run.js";

const deno = inject("runtimes").deno;

let project: ConsumerProject | undefined;
let run: Promise<ScenarioRun> | undefined;

beforeAll(async () => {
  project = await createConsumerProject("deno", Object.values(inject("tarballs")));
  const ready = project;
  const args = ["run", "--allow-net=127.0.0.1", "--no-prompt", "run.ts"];
  run = runScenarioTarget(`deno ${args.join(" ")}`, (server) => {
    const { apiUrl, token, webhookSecret } = scenarioConfig(server);
    // Deno keeps its own cache of compiled modules: one per project, not the user's.
    return ready.run(
      deno,
      [...args, apiUrl, token, webhookSecret],
      {
        DENO_DIR: `${ready.dir}/.deno`,
        DENO_NO_UPDATE_CHECK: "1",
      },
      RUN_TIMEOUT_MS,
    );
  });
  await run;
});

afterAll(async () => {
  await project?.remove();
});

describe("deno", () => {
  scenarioTests(() => run ?? Promise.reject(new Error("deno did not start")));
});
