import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { clientFor } from "./client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

/** A server that answers `statuses[i]` to the i-th request, then 200. */
async function serverAnswering(statuses: number[], headers: Record<string, string> = {}) {
  const server = await startLoopbackServer((_req, res, i) => {
    const status = statuses[i] ?? 200;
    sendJson(res, status, status < 300 ? { ok: true } : { message: `failure ${status}` }, headers);
  });
  close = server.close;
  return server;
}

describe("retries", () => {
  const retried: Array<[string, { method: "GET" | "POST"; status: number; attempts: number }]> = [
    ["GET on 408", { method: "GET", status: 408, attempts: 2 }],
    ["GET on 409", { method: "GET", status: 409, attempts: 2 }],
    ["GET on 429", { method: "GET", status: 429, attempts: 2 }],
    ["GET on 500", { method: "GET", status: 500, attempts: 2 }],
    ["GET on 503", { method: "GET", status: 503, attempts: 2 }],
    ["GET not on 400", { method: "GET", status: 400, attempts: 1 }],
    ["GET not on 404", { method: "GET", status: 404, attempts: 1 }],
    ["POST on 429", { method: "POST", status: 429, attempts: 2 }],
    ["POST not on 503", { method: "POST", status: 503, attempts: 1 }],
    ["POST not on 409", { method: "POST", status: 409, attempts: 1 }],
    ["POST not on 408", { method: "POST", status: 408, attempts: 1 }],
  ];
  it.each(retried)("%s", async (_name, { method, status, attempts }) => {
    const server = await serverAnswering([status]);
    const { client } = clientFor(server.url);
    if (method === "GET") await client.GET("/things");
    else await client.POST("/things", { body: { name: "a" } });
    expect(server.requests).toHaveLength(attempts);
    if (method === "POST") {
      for (const r of server.requests) expect(JSON.parse(r.body.toString())).toEqual({ name: "a" });
    }
  });

  it("gives up after maxRetries and returns the last error response", async () => {
    const server = await serverAnswering([503, 503, 503, 503]);
    const { client, delays } = clientFor(server.url, { maxRetries: 2 });
    const { error, response } = await client.GET("/things");
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: "failure 503" });
    expect(server.requests).toHaveLength(3);
    expect(delays).toEqual([500, 1000]);
  });

  it("does not retry when maxRetries is 0", async () => {
    const server = await serverAnswering([503]);
    const { client } = clientFor(server.url, { maxRetries: 0 });
    await client.GET("/things");
    expect(server.requests).toHaveLength(1);
  });

  it("backs off 0.5 s × 2^n, capped at 8 s, less up to 25% jitter", async () => {
    const server = await serverAnswering(Array(9).fill(503));
    const { client, delays } = clientFor(server.url, { maxRetries: 6 });
    await client.GET("/things");
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    const jittered = clientFor(server.url, { maxRetries: 1, random: () => 1 });
    await jittered.client.GET("/things");
    expect(jittered.delays).toEqual([375]);
  });

  const waits: Array<[string, { headers: Record<string, string>; want: number }]> = [
    ["Retry-After in seconds", { headers: { "retry-after": "3" }, want: 3000 }],
    ["Retry-After in fractional seconds", { headers: { "retry-after": "1.5" }, want: 1500 }],
    [
      "Retry-After as an HTTP date",
      { headers: { "retry-after": "Thu, 01 Jan 2026 00:00:10 GMT" }, want: 10_000 },
    ],
    [
      "Retry-After date in the past",
      { headers: { "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }, want: 0 },
    ],
    ["retry-after-ms", { headers: { "retry-after-ms": "250" }, want: 250 }],
    [
      "retry-after-ms before Retry-After",
      { headers: { "retry-after-ms": "250", "retry-after": "9" }, want: 250 },
    ],
    ["Retry-After capped at 60 s", { headers: { "retry-after": "3600" }, want: 60_000 }],
    [
      "invalid Retry-After falls back to backoff",
      { headers: { "retry-after": "soon" }, want: 500 },
    ],
    ["negative Retry-After falls back to backoff", { headers: { "retry-after": "-4" }, want: 500 }],
  ];
  it.each(waits)("waits as told by %s", async (_name, { headers, want }) => {
    const server = await serverAnswering([429], headers);
    const { client, delays } = clientFor(server.url, {
      now: () => Date.parse("2026-01-01T00:00:00Z"),
    });
    await client.GET("/things");
    expect(delays).toEqual([want]);
  });
});
