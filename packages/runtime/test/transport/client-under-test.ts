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
  "/things/{id}": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { "application/json": { ok: boolean } } };
      };
    };
    head: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content?: never } };
    };
    delete: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        204: { headers: Record<string, unknown>; content?: never };
        409: {
          headers: Record<string, unknown>;
          content: { "application/json": { message: string } };
        };
      };
    };
  };
}

/** The spec facts of TestPaths: DELETE /things/{id} documents 409 as lasting. */
export const testSpec = {
  defaultBaseUrl: "http://unused.invalid",
  bracketQueryParameters: {},
  lastingStatuses: { "DELETE /things/{id}": [409] },
};

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
        if (signal?.aborted) throw signal.reason;
      },
      random: () => 0,
      ...options,
    },
    testSpec,
  );
  return { client, delays };
}
