import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { clientFor } from "./client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("auth and headers", () => {
  it("sends the token as a bearer header, never in the URL", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const { client } = clientFor(server.url, {
      userAgent: "test-agent/1",
      headers: { "x-extra": "1" },
    });
    const { data } = await client.GET("/things", { params: { query: { q: "x" } } });
    expect(data).toEqual({ ok: true });
    const [request] = server.requests;
    expect(request?.headers.authorization).toBe("Bearer secret-token-123");
    expect(request?.headers["user-agent"]).toBe("test-agent/1");
    expect(request?.headers["x-extra"]).toBe("1");
    expect(request?.url).toBe("/things?q=x");
  });

  it("calls a token function once per request, so tokens can rotate", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    let n = 0;
    const { client } = clientFor(server.url, { token: async () => `token-${++n}` });
    await client.GET("/things");
    await client.GET("/things");
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("rejects an empty token without echoing it", async () => {
    const { client } = clientFor("http://127.0.0.1:9", { token: () => "" });
    await expect(client.GET("/things")).rejects.toThrow(/^token: expected a non-empty string/);
  });

  it("lets middleware see one logical request without the token", async () => {
    const server = await startLoopbackServer((_req, res, i) =>
      i === 0 ? sendJson(res, 503, { message: "busy" }) : sendJson(res, 200, { ok: true }),
    );
    close = server.close;
    const { client } = clientFor(server.url);
    const seen: string[] = [];
    client.use({
      onRequest({ request }) {
        seen.push(`request ${request.headers.get("authorization")}`);
      },
      onResponse({ response }) {
        seen.push(`response ${response.status}`);
      },
    });
    await client.GET("/things");
    expect(seen).toEqual(["request null", "response 200"]);
    expect(server.requests).toHaveLength(2);
  });
});
