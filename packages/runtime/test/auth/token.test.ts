// The token: from the option, else the client's environment variable, else refused at
// construction; `null` sends no Authorization; `authScheme` names another scheme.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createApiClient } from "../../src/index.js";
import { type TestPaths, testSpec } from "../transport/client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await close?.();
});
beforeEach(() => vi.stubEnv("TEST_API_TOKEN", undefined as unknown as string));

const identity = { name: "createTestClient", tokenVariable: "TEST_API_TOKEN" };

async function authorizationSent(options: ClientOptions): Promise<string | undefined> {
  const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
  close = server.close;
  const client = createApiClient<TestPaths>(
    { baseUrl: server.url, ...options },
    testSpec,
    identity,
  );
  await client.GET("/things");
  return server.requests[0]?.headers.authorization;
}

describe("the token", () => {
  it("comes from the option first", async () => {
    vi.stubEnv("TEST_API_TOKEN", "from-env");
    expect(await authorizationSent({ token: "from-option" })).toBe("Bearer from-option");
  });

  it("comes from the environment variable when the option is not given", async () => {
    vi.stubEnv("TEST_API_TOKEN", "from-env");
    expect(await authorizationSent({})).toBe("Bearer from-env");
  });

  it("is refused at construction when neither is there, naming the option and the variable", () => {
    expect(() => createApiClient<TestPaths>({}, testSpec, identity)).toThrow(
      "token: createTestClient needs a token. Pass { token } or set TEST_API_TOKEN; pass { token: null } to send no Authorization header.",
    );
  });

  it("is refused when the variable is empty", () => {
    vi.stubEnv("TEST_API_TOKEN", "");
    expect(() => createApiClient<TestPaths>({}, testSpec, identity)).toThrow(/TEST_API_TOKEN/);
  });

  it("null sends no Authorization header (for a proxy that adds it)", async () => {
    vi.stubEnv("TEST_API_TOKEN", "from-env");
    expect(await authorizationSent({ token: null })).toBeUndefined();
  });

  it("goes with authScheme when given", async () => {
    expect(await authorizationSent({ token: "t", authScheme: "Token" })).toBe("Token t");
  });

  it("refuses an authScheme that is not a token of HTTP", () => {
    expect(() =>
      createApiClient<TestPaths>({ token: "t", authScheme: "Bearer x" }, testSpec, identity),
    ).toThrow('authScheme: expected an HTTP auth scheme such as "Bearer", got Bearer x');
  });

  it("is optional without an identity (the bare runtime)", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const client = createApiClient<TestPaths>({ baseUrl: server.url }, testSpec);
    await client.GET("/things");
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });
});
