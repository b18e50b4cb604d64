// timeoutMs and maxRetries given in a call's init override the client's, for that call.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { ApiTimeoutError } from "../../src/index.js";
import { clientFor } from "./client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("per-call options", () => {
  it("maxRetries in the init overrides the client's", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 503, { message: "x" }));
    close = server.close;
    const { client } = clientFor(server.url, { maxRetries: 5 });
    await client.GET("/things", { maxRetries: 1 });
    expect(server.requests).toHaveLength(2);
    await client.GET("/things");
    expect(server.requests).toHaveLength(2 + 6);
  });

  it("timeoutMs in the init overrides the client's", async () => {
    const server = await startLoopbackServer(() => {});
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 60_000, maxRetries: 0 });
    const error = await client.GET("/things", { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as ApiTimeoutError).timeoutMs).toBe(50);
  });

  it("reaches the transport through middleware too", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 503, { message: "x" }));
    close = server.close;
    const { client } = clientFor(server.url, { maxRetries: 5 });
    client.use({ onRequest: () => undefined });
    await client.GET("/things", { maxRetries: 0 });
    expect(server.requests).toHaveLength(1);
  });

  const bad: Array<[string, Record<string, number>, RegExp]> = [
    ["timeoutMs of 0", { timeoutMs: 0 }, /^timeoutMs: expected a number >= 1, got 0$/],
    ["fractional maxRetries", { maxRetries: 0.5 }, /^maxRetries: expected a number >= 0/],
  ];
  it.each(bad)("refuses %s in a call, naming it", async (_name, options, message) => {
    const { client } = clientFor("http://127.0.0.1:9");
    await expect(client.GET("/things", options)).rejects.toThrow(message);
  });
});
