// Preo's validating mock, without msw: the engine both `createPreoHandlers` (msw) and the
// `preo-mock` server use, with typed overrides and responses.
import {
  type MockApi,
  type MockKitOptions,
  mockKit,
  type OpenApiDocument,
  type SuccessBody,
} from "@specbound/runtime/testing";
import document from "./generated/openapi.json" with { type: "json" };
import type { operations, Readable } from "./generated/schema.js";

const kit = mockKit<operations>(document as OpenApiDocument);

/** An operationId of the Preo spec: `listOrders`, `uploadFile`, ... */
export type PreoOperationId = keyof operations & string;

/** `baseUrl` (default: the spec's server, `https://api.preo.dev`) and `overrides`. */
export type PreoMockOptions = MockKitOptions<PreoOperationId>;

/** The validating mock of the Preo API: `fetch(request)` answers as the API would. */
export function createPreoMock(options: PreoMockOptions = {}): MockApi {
  return kit.createMock(options);
}

/**
 * The success response of `operationId` (its status and media type) with `body`, which
 * must be that response's type: `preoResponse("getOrder", order)`.
 */
export function preoResponse<K extends PreoOperationId>(
  operationId: K,
  body: Readable<SuccessBody<operations[K]>>,
  init?: ResponseInit,
): Response {
  return kit.response(operationId, body, init);
}
