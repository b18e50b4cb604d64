// One API's test kit, typed by its generated `operations`: the mock with overrides keyed
// by operationId, and success responses whose body type-checks against the spec, such as
// `preprResponse("getTag", tag)` (the operation's success status and media type).
import { createMockApi, type MockApi, type MockOverride } from "./mock-api.js";
import { type OpenApiDocument, specOperations } from "./spec-operations.js";

type SuccessStatus = 200 | 201 | 202 | 203 | 206;

/** The body of an operation's success response, whatever its media type. */
export type SuccessBody<Operation> = Operation extends { responses: infer Responses }
  ? {
      [S in keyof Responses & SuccessStatus]: Responses[S] extends { content: infer Content }
        ? Content[keyof Content]
        : never;
    }[keyof Responses & SuccessStatus]
  : never;

export interface MockKitOptions<OperationId extends string> {
  /** Where the mock answers. Default: the spec's first server. */
  baseUrl?: string;
  /**
   * Responses by operationId, for requests that pass validation (build them with the
   * kit's `response` to type-check the body). Requests that fail validation still get
   * 400, or 401 without credentials.
   */
  overrides?: { [K in OperationId]?: MockOverride };
}

export interface MockKit<Operations> {
  createMock(options?: MockKitOptions<keyof Operations & string>): MockApi;
  /** Untyped here: each client types `body` (with its `Readable` view of the spec). */
  response(operationId: keyof Operations & string, body: unknown, init?: ResponseInit): Response;
}

/** The kit of the API `document` describes; `Operations` is its generated `operations`. */
export function mockKit<Operations>(document: OpenApiDocument): MockKit<Operations> {
  const successes = new Map(specOperations(document).map((o) => [o.operationId, o.success]));
  return {
    createMock: (options = {}) => createMockApi(document, options),
    response(operationId, body, init = {}) {
      const success = successes.get(operationId);
      if (!success) throw new TypeError(`operationId: no operation ${operationId} in the spec`);
      const headers = new Headers(init.headers);
      const contentType = success.contentType ?? "application/json";
      if (!headers.has("content-type")) headers.set("content-type", contentType);
      const text =
        typeof body === "string" && !/json/.test(contentType) ? body : JSON.stringify(body);
      return new Response(success.status === 204 ? null : text, {
        ...init,
        status: init.status ?? success.status,
        headers,
      });
    },
  };
}
