// A status the spec marks `x-retryable: false` for an operation is a lasting state:
// never retried there, whatever the method's usual policy; elsewhere the policy holds.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { clientFor } from "./client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("statuses the spec marks as lasting", () => {
  const cases: Array<[string, { call: "marked" | "unmarked"; attempts: number }]> = [
    ["DELETE /things/{id} 409 (marked): one attempt", { call: "marked", attempts: 1 }],
    ["GET /things 409 (not marked): retried", { call: "unmarked", attempts: 3 }],
  ];
  it.each(cases)("%s", async (_name, { call, attempts }) => {
    const server = await startLoopbackServer((_req, res) =>
      sendJson(res, 409, { message: "in use" }),
    );
    close = server.close;
    const { client, delays } = clientFor(server.url, { maxRetries: 2 });
    const { response } =
      call === "marked"
        ? await client.DELETE("/things/{id}", { params: { path: { id: "f1" } } })
        : await client.GET("/things");
    expect(response.status).toBe(409);
    expect(server.requests).toHaveLength(attempts);
    expect(delays).toHaveLength(attempts - 1);
  });

  it("is still retried through middleware", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 409, { message: "x" }));
    close = server.close;
    const { client } = clientFor(server.url, { maxRetries: 2 });
    client.use({ onRequest: () => undefined });
    await client.DELETE("/things/{id}", { params: { path: { id: "f1" } } });
    expect(server.requests).toHaveLength(1);
  });
});
