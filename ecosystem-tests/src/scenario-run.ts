// One run of the scenario by one target, against a fake API server of its own, and the
// tests every target shares: each check passed, and the server saw what the scenario
// sends. A target's test file says only how to start its runtime.
import { expect, it } from "vitest";
import { CHECKS, UPLOAD } from "../scenario/scenario.mjs";
import {
  type FakeApiServer,
  type ReceivedRequest,
  scenarioRequests,
  startFakeApiServer,
} from "./fake-api-server.js";
import { type CommandResult, describeResult } from "./run-command.js";

export interface ScenarioRun {
  /** The lines the target printed (`ok - ...`, `not ok - ...`), or what went wrong before. */
  lines: string[];
  /** Exit code of the target's process (0 for targets that are not a process and passed). */
  exitCode: number | null;
  /** Everything worth reading when an assertion fails: command, output, stack. */
  details: string;
  server: FakeApiServer;
}

/**
 * How long one run of the scenario may take: it needs about a second, and a process that
 * does not exit after its last line (Deno after a fetch with a FormData body was refused
 * by its permissions) is killed, its output kept, rather than holding the suite.
 */
export const RUN_TIMEOUT_MS = 60_000;

/** The lines of a run in which every check passed. */
export const PASSING_LINES = CHECKS.map((check) => `ok - ${check}`);

/**
 * Starts a fake API server, runs `target` against it, and closes the server. Never
 * rejects: a target that could not start is a run whose `details` say why.
 */
export async function runScenarioTarget(
  what: string,
  target: (server: FakeApiServer) => Promise<CommandResult>,
): Promise<ScenarioRun> {
  const server = await startFakeApiServer();
  try {
    const result = await target(server);
    return {
      lines: result.stdout.trimEnd().split("\n"),
      exitCode: result.exitCode,
      details: describeResult(what, result),
      server,
    };
  } catch (error) {
    const details = `${what} did not run: ${error instanceof Error ? error.stack : error}`;
    return { lines: [], exitCode: null, details, server };
  } finally {
    await server.close();
  }
}

/** What a target checks after the scenario (Chromium's credentials check). */
export interface ExtraChecks {
  checks: string[];
  requests: ReceivedRequest[];
}

/** The tests of one target's run: register them inside the target's `describe`. */
export function scenarioTests(
  run: () => Promise<ScenarioRun>,
  extra: ExtraChecks = { checks: [], requests: [] },
): void {
  it("passes every check of the scenario and exits 0", async () => {
    const { lines, exitCode, details } = await run();
    expect(lines, details).toEqual([...PASSING_LINES, ...extra.checks.map((c) => `ok - ${c}`)]);
    expect(exitCode, details).toBe(0);
  });

  it("sent each request with its method, path, query and bearer token", async () => {
    const { server, details } = await run();
    expect(server.received(), details).toEqual([...scenarioRequests(), ...extra.requests]);
  });

  it("sent the upload as multipart parts: the fields and the file's name, type and bytes", async () => {
    const { server, details } = await run();
    expect(server.uploads, details).toEqual([
      {
        fields: { organization_id: UPLOAD.organizationId, file_name: UPLOAD.fileName },
        file: { name: UPLOAD.fileName, type: UPLOAD.type, bytes: UPLOAD.bytes },
      },
    ]);
  });
}
