import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, type ApiTimeoutError, redactUrl, unwrap } from "../../src/index.js";
import { clientFor } from "../transport/client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const TOKEN = "secret-token-123";

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("unwrap", () => {
  it("returns data on success", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    close = server.close;
    const { client } = clientFor(server.url);
    expect(unwrap(await client.GET("/things"))).toEqual({ ok: true });
  });

  it("throws ApiError with status, parsed body, method, URL and request id", async () => {
    const server = await startLoopbackServer((_req, res) =>
      sendJson(res, 404, { code: 404, message: "Not Found" }, { "x-request-id": "req-42" }),
    );
    close = server.close;
    const { client } = clientFor(server.url);
    const result = await client.GET("/things", { params: { query: { q: "a b" } } });
    const apiError = catchError(() => unwrap(result)) as ApiError;
    expect(apiError).toBeInstanceOf(ApiError);
    expect(apiError.status).toBe(404);
    expect(apiError.body).toEqual({ code: 404, message: "Not Found" });
    expect(apiError.method).toBe("GET");
    expect(apiError.url).toBe(`${server.url}/things?q=a%20b`);
    expect(apiError.requestId).toBe("req-42");
    expect(apiError.message).toBe(`GET ${server.url}/things?q=a%20b failed with 404: Not Found`);
  });
});

describe("the token never leaks", () => {
  it("is absent from ApiError, its message and its JSON", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 401, { message: "no" }));
    close = server.close;
    const { client } = clientFor(server.url);
    const result = await client.GET("/things");
    const error = catchError(() => unwrap(result)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${JSON.stringify(Object.entries(error))}`;
    expect(everything).not.toContain(TOKEN);
  });

  it("is absent from a timeout error", async () => {
    const server = await startLoopbackServer(() => {});
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 50, maxRetries: 0 });
    const error = (await client.GET("/things").catch((e: unknown) => e)) as ApiTimeoutError;
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(TOKEN);
  });

  const urls: Array<[string, { given: string; want: string }]> = [
    ["no query", { given: "https://x.test/a", want: "https://x.test/a" }],
    ["plain query", { given: "https://x.test/a?b=1", want: "https://x.test/a?b=1" }],
    [
      "access_token",
      {
        given: "https://x.test/a?access_token=s3cret&b=1",
        want: "https://x.test/a?access_token=***&b=1",
      },
    ],
    [
      "token in the middle, api_key at the end",
      {
        given: "https://x.test/a?b=1&token=t0k&c=2&api_key=k3y#top",
        want: "https://x.test/a?b=1&token=***&c=2&api_key=***#top",
      },
    ],
    [
      "a name that merely ends in token",
      { given: "https://x.test/a?page_token=abc", want: "https://x.test/a?page_token=abc" },
    ],
    [
      "ACCESS_TOKEN",
      { given: "https://x.test/a?ACCESS_TOKEN=s3cret", want: "https://x.test/a?ACCESS_TOKEN=***" },
    ],
  ];
  it.each(urls)("redacts URLs: %s", (_name, { given, want }) => {
    expect(redactUrl(given)).toBe(want);
  });

  it("redacts an access_token sent in the URL from ApiError", () => {
    const error = new ApiError({
      status: 401,
      body: undefined,
      method: "GET",
      url: "https://x.test/statuses?access_token=s3cret",
    });
    expect(error.url).toBe("https://x.test/statuses?access_token=***");
    expect(error.message).not.toContain("s3cret");
  });
});
