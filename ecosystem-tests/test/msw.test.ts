// The test kits as an app's test suite meets them: a project with the packed tarballs,
// msw and vitest from the registry runs msw-suite/app.test.ts (`vitest run`). msw 2
// (Node 18+) on Node 20, msw 3 (Node 22.12+, ESM only) on Node 22 and 24: the
// packages' peer range covers both. The suite is type-checked first (tsc, NodeNext).
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ConsumerProject, createConsumerProject } from "../src/consumer-project.js";
import { describeResult } from "../src/run-command.js";

const runtimes = inject("runtimes").node;
const targets = [
  { name: "msw2-node20", template: "msw2", node: runtimes.node20 },
  { name: "msw3-node22", template: "msw3", node: runtimes.node22 },
  { name: "msw3-node24", template: "msw3", node: runtimes.node24 },
];

const projects = new Map<string, Promise<ConsumerProject>>();
beforeAll(() => {
  const tarballs = Object.values(inject("tarballs"));
  for (const template of new Set(targets.map((t) => t.template))) {
    projects.set(
      template,
      createConsumerProject(template, tarballs, { copy: { "msw-suite": "." } }),
    );
  }
});
afterAll(async () => {
  for (const project of projects.values()) await (await project).remove();
});

describe("msw2-node20-cjs", () => {
  it("require()s the kits' CommonJS builds and uses them", async () => {
    const project = await (projects.get("msw2") as Promise<ConsumerProject>);
    const result = await project.run(runtimes.node20 as string, ["require-kit.cjs"]);
    expect(result.exitCode, describeResult("node require-kit.cjs", result)).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      handlers: 24,
      health: 200,
      refused: 400,
      signature: createHmac("sha256", "s").update("{}").digest("hex"),
    });
  });
});

for (const { name, template, node } of targets) {
  describe(name, () => {
    it("runs the app's vitest suite against createPreprHandlers() and createPreoHandlers()", async () => {
      const project = await (projects.get(template) as Promise<ConsumerProject>);
      // The suite type-checks against the tarballs' types and this msw's.
      const tsc = await project.run(node as string, ["node_modules/typescript/bin/tsc", "-p", "."]);
      expect(tsc.exitCode, describeResult(`${name}: tsc`, tsc)).toBe(0);
      const result = await project.run(
        node as string,
        ["node_modules/vitest/vitest.mjs", "run", "--reporter=verbose"],
        {},
        120_000,
      );
      expect(result.exitCode, describeResult(`${name}: vitest run`, result)).toBe(0);
      // Every test of the suite ran and passed: none skipped, none missing.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: vitest's colours.
      expect(result.stdout.replace(/\x1b\[[0-9;]*m/g, "")).toMatch(/Tests\s+6 passed \(6\)/);
    });
  });
}
