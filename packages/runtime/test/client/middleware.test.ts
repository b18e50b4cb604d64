// Middleware as openapi-fetch defines it: onRequest may replace the Request or answer
// itself, onResponse sees an unread Response and may replace it, onError may recover.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { ApiConnectionError, NotFoundError, unwrap } from "../../src/index.js";
import { clientFor } from "../transport/client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("middleware", () => {
  it("sees the schema path and params, and can replace the request", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const { client } = clientFor(server.url);
    const seen: unknown[] = [];
    client.use({
      onRequest({ request, schemaPath, params }) {
        seen.push(schemaPath, params);
        const headers = new Headers(request.headers);
        headers.set("x-trace", "t1");
        return new Request(request, { headers });
      },
    });
    await client.GET("/things/{id}", { params: { path: { id: "a" } } });
    expect(seen).toEqual(["/things/{id}", { path: { id: "a" } }]);
    expect(server.requests[0]?.headers["x-trace"]).toBe("t1");
    expect(server.requests[0]?.headers.authorization).toBe("Bearer secret-token-123");
  });

  it("hands onResponse an unread Response that every reader works on", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const { client } = clientFor(server.url);
    const read: unknown[] = [];
    client.use({
      async onResponse({ response }) {
        read.push(response.bodyUsed, await response.clone().json());
      },
    });
    const { data } = await client.GET("/things");
    expect(read).toEqual([false, { ok: true }]);
    expect(data).toEqual({ ok: true });
  });

  it("names the request middleware sent in an error that unwrap throws", async () => {
    const server = await startLoopbackServer((_req, res) =>
      sendJson(res, 404, { message: "gone" }),
    );
    close = server.close;
    const { client } = clientFor(server.url);
    client.use({ onResponse: () => undefined });
    const result = await client.DELETE("/things/{id}", { params: { path: { id: "a" } } });
    expect(() => unwrap(result)).toThrow(NotFoundError);
    expect(() => unwrap(result)).toThrow(`DELETE ${server.url}/things/a failed with 404: gone`);
  });

  it("lets onRequest answer without a request (onResponse then does not run)", async () => {
    const { client } = clientFor("http://127.0.0.1:9");
    client.use(
      { onResponse: () => Response.json({ ok: false }) },
      { onRequest: () => Response.json({ ok: true }) },
    );
    // The answering middleware ends the onRequest chain; the onResponse chain does not
    // run for a response no request was made for, as in openapi-fetch.
    expect((await client.GET("/things")).data).toEqual({ ok: true });
  });

  it("lets onError recover from a failed request", async () => {
    const { client } = clientFor("http://127.0.0.1:9", { maxRetries: 0 });
    const errors: unknown[] = [];
    client.use({
      onError({ error }) {
        errors.push(error);
        return Response.json({ ok: true, from: "cache" });
      },
    });
    expect((await client.GET("/things")).data).toEqual({ ok: true, from: "cache" });
    expect(errors[0]).toBeInstanceOf(ApiConnectionError);
  });

  it("is ejected again, and refuses what is not middleware", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const { client } = clientFor(server.url);
    let calls = 0;
    const counting = { onRequest: () => void calls++ };
    client.use(counting);
    await client.GET("/things");
    client.eject(counting);
    await client.GET("/things");
    expect(calls).toBe(1);
    // biome-ignore lint/suspicious/noExplicitAny: what an untyped caller could pass.
    expect(() => client.use({ before: () => {} } as any)).toThrow(
      "use: expected middleware with onRequest, onResponse or onError",
    );
  });
});
