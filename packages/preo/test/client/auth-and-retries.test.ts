// What the Preo client adds to the runtime: its token variable, an auth scheme for keys
// that are not Bearer (the spec's scheme is inferred), and the spec's lasting 409.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConflictError, createPreoClient, unwrap } from "../../src/index.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await close?.();
});

async function server(status: number, body: unknown) {
  const started = await startLoopbackServer((_req, res) => sendJson(res, status, body));
  close = started.close;
  return started;
}

describe("createPreoClient", () => {
  it("takes its token from PREO_TOKEN, sent with the authScheme given", async () => {
    vi.stubEnv("PREO_TOKEN", "env-token");
    const { url, requests } = await server(200, { count: 0, next: null, results: [] });
    const preo = createPreoClient({ baseUrl: url, authScheme: "Token" });
    await preo.GET("/v1/files", { params: { query: { organization_id: "o" } } });
    expect(requests[0]?.headers.authorization).toBe("Token env-token");
  });

  it("refuses to start without a token, naming PREO_TOKEN", () => {
    vi.stubEnv("PREO_TOKEN", "");
    expect(() => createPreoClient()).toThrow(/createPreoClient needs a token.*PREO_TOKEN/);
  });

  it("does not retry a delete answered 409 (in use: x-retryable false in the spec)", async () => {
    const { url, requests } = await server(409, { detail: "File is in use." });
    const preo = createPreoClient({ baseUrl: url, token: "t", maxRetries: 2 });
    const result = await preo.DELETE("/v1/files/{id}", { params: { path: { id: "f1" } } });
    expect(requests).toHaveLength(1);
    expect(() => unwrap(result)).toThrow(ConflictError);
    expect(() => unwrap(result)).toThrow(
      `DELETE ${url}/v1/files/f1 failed with 409: File is in use.`,
    );
  });

  it("still retries a 409 where the spec does not call it lasting", async () => {
    const { url, requests } = await server(409, { detail: "busy" });
    const preo = createPreoClient({ baseUrl: url, token: "t", maxRetries: 2 });
    await preo.GET("/v1/files/{id}", { params: { path: { id: "f1" } }, maxRetries: 1 });
    expect(requests).toHaveLength(2);
  });

  it("puts the API's field errors in the message", async () => {
    const { url } = await server(400, { organization_id: ["This field is required."] });
    const preo = createPreoClient({ baseUrl: url, token: "t" });
    const result = await preo.GET("/v1/files", { params: { query: { organization_id: "x" } } });
    expect(() => unwrap(result)).toThrow(
      `GET ${url}/v1/files?organization_id=x failed with 400: organization_id: This field is required.`,
    );
  });
});
