// unwrap throws the ApiError subclass of the status, with the API's own reason in the
// message; every failure the client raises is a SpecboundError.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SpecboundError,
  UnprocessableEntityError,
  unwrap,
} from "../../src/index.js";
import { clientFor } from "../transport/client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function errorFor(status: number, body: unknown): Promise<ApiError> {
  const server = await startLoopbackServer((_req, res) => {
    if (typeof body !== "string") return sendJson(res, status, body);
    res.writeHead(status);
    res.end(body);
  });
  close = server.close;
  const { client } = clientFor(server.url, { maxRetries: 0 });
  try {
    unwrap(await client.GET("/things"));
  } catch (error) {
    return error as ApiError;
  }
  throw new Error("expected unwrap to throw");
}

describe("error classes", () => {
  const classes: Array<[number, typeof ApiError, string]> = [
    [400, BadRequestError, "BadRequestError"],
    [401, AuthenticationError, "AuthenticationError"],
    [403, PermissionDeniedError, "PermissionDeniedError"],
    [404, NotFoundError, "NotFoundError"],
    [409, ConflictError, "ConflictError"],
    [422, UnprocessableEntityError, "UnprocessableEntityError"],
    [429, RateLimitError, "RateLimitError"],
    [500, InternalServerError, "InternalServerError"],
    [503, InternalServerError, "InternalServerError"],
    [418, ApiError, "ApiError"],
  ];
  it.each(classes)("%i is a %O", async (status, ErrorClass, name) => {
    const error = await errorFor(status, { message: "x" });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(SpecboundError);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
  });
});

describe("the API's reason in the message", () => {
  const reasons: Array<[string, unknown, string]> = [
    [
      "Prepr's message",
      { code: 404, message: "Publication not found", dbtrace: "x" },
      ": Publication not found",
    ],
    ["DRF's detail", { detail: "Not found." }, ": Not found."],
    [
      "DRF's field errors",
      { organization_id: ["This field is required."], file: ["No file was submitted.", "Bad."] },
      ": organization_id: This field is required.; file: No file was submitted. Bad.",
    ],
    ["a text body", "upstream down\n", ": upstream down"],
    ["an empty body", "", ""],
    [
      "a token echoed by the server",
      { message: "bad header Bearer sk_live_123" },
      ": bad header Bearer ***",
    ],
  ];
  it.each(reasons)("carries %s", async (_name, body, want) => {
    const error = await errorFor(400, body);
    expect(error.message).toBe(`GET ${error.url} failed with 400${want}`);
  });

  it("cuts a long reason to 300 characters", async () => {
    const error = await errorFor(400, { message: "x".repeat(5_000) });
    const reason = error.message.split("failed with 400: ")[1] ?? "";
    expect(reason).toHaveLength(300);
    expect(reason.endsWith("…")).toBe(true);
  });
});

describe("every failure is a SpecboundError", () => {
  it("a caller's abort rejects with ApiAbortError, the reason as cause", async () => {
    const reason = new Error("user gave up");
    const controller = new AbortController();
    const server = await startLoopbackServer(() => controller.abort(reason));
    close = server.close;
    const { client } = clientFor(server.url, { maxRetries: 2 });
    const error = await client.GET("/things", { signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiAbortError);
    expect(error).toBeInstanceOf(SpecboundError);
    expect((error as ApiAbortError).cause).toBe(reason);
    expect((error as Error).message).toBe(`GET ${server.url}/things was aborted: user gave up`);
    expect(server.requests).toHaveLength(1);
  });

  it("timeouts and connection errors are too", () => {
    for (const ErrorClass of [ApiTimeoutError, ApiConnectionError, ApiAbortError, ApiError]) {
      expect(ErrorClass.prototype).toBeInstanceOf(SpecboundError);
    }
  });
});
