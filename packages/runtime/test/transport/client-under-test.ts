import { type ClientOptions, createApiClient, type TransportOptions } from "../../src/index.js";

// A tiny spec's paths, enough to drive the transport through openapi-fetch.
export interface TestPaths {
  "/things": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { q?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { "application/json": { ok: boolean } } };
        default: {
          headers: Record<string, unknown>;
          content: { "application/json": { message: string } };
        };
      };
    };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": { name: string } } };
      responses: {
        201: { headers: Record<string, unknown>; content: { "application/json": { ok: boolean } } };
        default: {
          headers: Record<string, unknown>;
          content: { "application/json": { message: string } };
        };
      };
    };
  };
}

/** A client with a recorded, instant sleep: retries are tested without waiting. */
export function clientFor(
  baseUrl: string,
  options: ClientOptions & Pick<TransportOptions, "sleep" | "now" | "random"> = {},
) {
  const delays: number[] = [];
  const client = createApiClient<TestPaths>(
    {
      baseUrl,
      token: "secret-token-123",
      sleep: async (ms, signal) => {
        delays.push(ms);
        if (signal.aborted) throw signal.reason;
      },
      random: () => 0,
      ...options,
    },
    { defaultBaseUrl: "http://unused.invalid", bracketQueryParameters: {} },
  );
  return { client, delays };
}
