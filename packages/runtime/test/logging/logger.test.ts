// The client logs each attempt at debug and each retry at info, to the logger given,
// at the level given (or SPECBOUND_LOG), and never the token.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Logger, LogLevel } from "../../src/index.js";
import { clientFor } from "../transport/client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await close?.();
});

function recordingLogger() {
  const lines: string[] = [];
  const logger: Logger = {
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
  return { lines, logger };
}

async function run(logLevel: LogLevel | undefined) {
  const server = await startLoopbackServer((_req, res, i) =>
    i === 0 ? sendJson(res, 503, { message: "busy" }) : sendJson(res, 200, { ok: true }),
  );
  close = server.close;
  const { lines, logger } = recordingLogger();
  let t = 0;
  const { client } = clientFor(server.url, {
    logger,
    ...(logLevel === undefined ? {} : { logLevel }),
    now: () => (t += 5),
  });
  await client.GET("/things", { params: { query: { q: "x" } } });
  return { lines, url: `${server.url}/things?q=x` };
}

describe("logging", () => {
  it("logs each attempt at debug and each retry at info, without the token", async () => {
    const { lines, url } = await run("debug");
    expect(lines).toEqual([
      `debug GET ${url} 503 (5 ms, attempt 1)`,
      `info GET ${url} retrying in 500 ms after status 503 (retry 1 of 2)`,
      `debug GET ${url} 200 (5 ms, attempt 2)`,
    ]);
    expect(lines.join("\n")).not.toContain("secret-token-123");
  });

  const levels: Array<[LogLevel | undefined, number]> = [
    ["info", 1],
    ["warn", 0],
    ["off", 0],
    [undefined, 0],
  ];
  it.each(levels)("at %s logs %i lines", async (level, count) => {
    const { lines } = await run(level);
    expect(lines).toHaveLength(count);
  });

  it("reads the level from SPECBOUND_LOG when no logLevel is given", async () => {
    vi.stubEnv("SPECBOUND_LOG", "info");
    const { lines } = await run(undefined);
    expect(lines).toHaveLength(1);
  });

  it("warns once about an SPECBOUND_LOG it does not know, and logs at warn", () => {
    vi.stubEnv("SPECBOUND_LOG", "verbose");
    const { lines, logger } = recordingLogger();
    clientFor("http://127.0.0.1:9", { logger });
    expect(lines).toEqual([
      'warn SPECBOUND_LOG: expected one of off, error, warn, info, debug, got "verbose"; logging at "warn"',
    ]);
  });

  it("refuses a logLevel it does not know, naming the option", () => {
    expect(() => clientFor("http://127.0.0.1:9", { logLevel: "loud" as LogLevel })).toThrow(
      "logLevel: expected one of off, error, warn, info, debug, got loud",
    );
  });

  it("redacts a token sent as a query parameter", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const { lines, logger } = recordingLogger();
    const { client } = clientFor(server.url, { logger, logLevel: "debug" });
    await client.GET("/things", { params: { query: { q: "access_token=leak" } } });
    // biome-ignore lint/suspicious/noExplicitAny: a query parameter the typed paths lack.
    await (client.GET as any)("/things", { params: { query: { access_token: "leak" } } });
    expect(lines.join("\n")).not.toMatch(/=leak/);
  });
});
