import { createServer } from "node:net";
import { startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { ApiAbortError, ApiConnectionError, ApiTimeoutError } from "../../src/index.js";
import { clientFor } from "./client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

/** A port with nothing listening on it. */
async function closedPort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe("timeouts", () => {
  it("times out a server that sends headers and then stalls the body", async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"ok":');
      // ...and never ends.
    });
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 100, maxRetries: 0 });
    const error = await client.GET("/things").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as ApiTimeoutError).message).toBe(
      `GET ${server.url}/things timed out after 100 ms`,
    );
  });

  it("retries a GET that timed out, each attempt with its own timeout", async () => {
    const server = await startLoopbackServer((_req, res, i) => {
      if (i < 2) return; // no answer at all
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"ok":true}');
    });
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 100, maxRetries: 2 });
    const { data } = await client.GET("/things");
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry a POST that timed out: it may have taken effect", async () => {
    const server = await startLoopbackServer(() => {});
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 100, maxRetries: 2 });
    await expect(client.POST("/things", { body: { name: "a" } })).rejects.toBeInstanceOf(
      ApiTimeoutError,
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe("connection errors", () => {
  it("throws ApiConnectionError after retrying a refused GET", async () => {
    const url = await closedPort();
    const { client, delays } = clientFor(url, { maxRetries: 2 });
    const error = await client.GET("/things").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(String((error as Error).message)).toContain("ECONNREFUSED");
    expect(delays).toHaveLength(2);
  });

  it("retries a POST whose connection was refused: nothing was sent", async () => {
    const url = await closedPort();
    const { client, delays } = clientFor(url, { maxRetries: 2 });
    await expect(client.POST("/things", { body: { name: "a" } })).rejects.toBeInstanceOf(
      ApiConnectionError,
    );
    expect(delays).toHaveLength(2);
  });

  it("does not retry a POST whose connection dropped after sending", async () => {
    // The loopback server has read the whole request before this runs: hang up unanswered.
    const server = await startLoopbackServer((_req, res) => {
      res.socket?.destroy();
    });
    close = server.close;
    const { client, delays } = clientFor(server.url, { maxRetries: 2 });
    await expect(client.POST("/things", { body: { name: "a" } })).rejects.toBeInstanceOf(
      ApiConnectionError,
    );
    expect(server.requests).toHaveLength(1);
    expect(delays).toHaveLength(0);
  });
});

describe("caller abort", () => {
  it("rejects at once with the caller's reason and never retries", async () => {
    // The abort comes once the server holds the request, never on a timer: under CPU
    // load a timer could fire before the request left, or after it was answered.
    const controller = new AbortController();
    const server = await startLoopbackServer(() => controller.abort(new Error("user gave up")));
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 10_000, maxRetries: 2 });
    const error = await client.GET("/things", { signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiAbortError);
    expect((error as ApiAbortError).cause).toEqual(new Error("user gave up"));
    expect(server.requests).toHaveLength(1);
  });

  it("stops waiting between retries when the caller aborts", async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    close = server.close;
    const controller = new AbortController();
    const { client } = clientFor(server.url, {
      maxRetries: 5,
      sleep: (_ms, signal) => {
        controller.abort(new Error("stop"));
        return Promise.reject(signal?.reason);
      },
    });
    await expect(client.GET("/things", { signal: controller.signal })).rejects.toThrow("stop");
    expect(server.requests).toHaveLength(1);
  });

  it("rejects without a request when already aborted", async () => {
    const server = await startLoopbackServer(() => {});
    close = server.close;
    const { client } = clientFor(server.url);
    await expect(client.GET("/things", { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(server.requests).toHaveLength(0);
  });
});
