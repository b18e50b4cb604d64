// A missing or empty path parameter fails before anything is sent, naming the parameter.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { clientFor } from "../transport/client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("path parameters", () => {
  const cases: Array<[string, unknown, string]> = [
    ["no params at all", undefined, "got undefined"],
    ["no path object", { params: {} }, "got undefined"],
    ["id missing", { params: { path: {} } }, "got undefined"],
    ["id null", { params: { path: { id: null } } }, "got null"],
    ["id empty", { params: { path: { id: "" } } }, "got an empty string"],
  ];
  it.each(cases)("refuses %s with a TypeError naming it", async (_name, init, got) => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const { client } = clientFor(server.url);
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong inits, as untyped callers send.
    const error = await (client.GET as any)("/things/{id}", init).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`params.path.id: GET /things/{id} needs it, ${got}`);
    expect(server.requests).toHaveLength(0);
  });

  it("sends a given parameter, encoded", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const { client } = clientFor(server.url);
    await client.GET("/things/{id}", { params: { path: { id: "a/b c" } } });
    expect(server.requests[0]?.url).toBe("/things/a%2Fb%20c");
  });
});
