// TypeScript consumers under `strict`, one per module resolution users pick: node16 (in a
// CommonJS package), nodenext (an ES module package, with exactOptionalPropertyTypes) and
// bundler. Each one's own tsc, without skipLibCheck, must accept the typed calls
// (typescript/src/typed-calls.ts) and reject the wrong ones; the emitted JavaScript then
// runs the scenario with node, loading the packages as the compiled code says.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ConsumerProject, createConsumerProject } from "../src/consumer-project.js";
import { consumerEnv } from "../src/fake-api-server.js";
import { type CommandResult, describeResult } from "../src/run-command.js";
import {
  RUN_TIMEOUT_MS,
  runScenarioTarget,
  type ScenarioRun,
  scenarioTests,
} from "../src/scenario-run.js";

const CONSUMERS = ["typescript-node16", "typescript-nodenext", "typescript-bundler"] as const;
type Consumer = (typeof CONSUMERS)[number];

interface Built {
  compile: CommandResult;
  emitted: string;
  run: Promise<ScenarioRun>;
}

const projects: ConsumerProject[] = [];
const built = new Map<Consumer, Promise<Built>>();

async function build(consumer: Consumer): Promise<Built> {
  const project = await createConsumerProject(consumer, Object.values(inject("tarballs")), {
    copy: { "typescript/src": "src" },
  });
  projects.push(project);
  // The project's own TypeScript, the version its package.json pins, as users compile.
  const compile = await project.run(project.bin("tsc"), ["-p", "."]);
  const emitted = await readFile(path.join(project.dir, "dist", "main.js"), "utf8").catch(() => "");
  const run = runScenarioTarget(`${consumer}: node dist/main.js`, (server) =>
    project.run(process.execPath, ["dist/main.js"], consumerEnv(server), RUN_TIMEOUT_MS),
  );
  return { compile, emitted, run };
}

beforeAll(async () => {
  for (const consumer of CONSUMERS) built.set(consumer, build(consumer));
  await Promise.allSettled(built.values());
});

afterAll(async () => {
  await Promise.all(projects.map((project) => project.remove()));
});

function consumer(name: Consumer): Promise<Built> {
  return built.get(name) ?? Promise.reject(new Error(`${name} was not built`));
}

for (const name of CONSUMERS) {
  describe(name, () => {
    it("compiles without errors (strict, no skipLibCheck)", async () => {
      const { compile } = await consumer(name);
      expect(compile.exitCode, describeResult("tsc -p .", compile)).toBe(0);
    });

    if (name === "typescript-node16") {
      it("emits require() calls, not imports", async () => {
        const { emitted } = await consumer(name);
        expect(emitted).toContain('require("@specbound/prepr")');
        expect(emitted).not.toMatch(/^\s*import\b/m);
      });
    } else {
      it("emits import declarations", async () => {
        const { emitted } = await consumer(name);
        expect(emitted).toMatch(/^import \* as prepr from "@specbound\/prepr";$/m);
      });
    }

    scenarioTests(async () => (await consumer(name)).run);
  });
}
