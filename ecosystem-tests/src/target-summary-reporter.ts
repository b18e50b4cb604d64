// `pnpm test:ecosystem`'s last lines: one per target, `<target>: ok` or `<target>: FAILED`.
// A target is a top-level `describe` of a test file (node22-cjs, deno, chromium, ...); it
// is ok when every test in it passed. A test file that failed before naming its targets
// counts as one failed target under its file name.
import path from "node:path";
import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

export default class TargetSummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    const lines: string[] = [];
    for (const module of [...testModules].sort((a, b) => a.moduleId.localeCompare(b.moduleId))) {
      const targets = [...module.children.suites()];
      if (targets.length === 0) {
        lines.push(`${path.basename(module.moduleId, ".test.ts")}: FAILED`);
        continue;
      }
      for (const target of targets) {
        lines.push(`${target.name}: ${target.state() === "passed" ? "ok" : "FAILED"}`);
      }
    }
    if (testModules.length === 0) lines.push("ecosystem tests: FAILED (no test file ran)");
    if (unhandledErrors.length > 0) {
      lines.push(`unhandled errors: FAILED (${unhandledErrors.length})`);
    }
    process.stdout.write(`\nEcosystem targets:\n${lines.join("\n")}\n`);
  }
}
