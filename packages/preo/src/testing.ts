// @specbound/preo/testing: test your code against the Preo API without an account: msw
// handlers for every operation, each validating the request against the spec first. msw
// (2.x or 3.x) is an optional peer dependency: install it to use `createPreoHandlers`.
import { toMswHandlers } from "@specbound/runtime/testing";
import { type HttpHandler, http } from "msw";
import { createPreoMock, type PreoMockOptions } from "./mock.js";

export type { MockOverride, Violation } from "@specbound/runtime/testing";
export {
  createPreoMock,
  type PreoMockOptions,
  type PreoOperationId,
  preoResponse,
} from "./mock.js";

/**
 * msw handlers for every operation of the Preo API on `baseUrl`. Each validates the
 * request (path, query, headers, auth, JSON or multipart body) and answers 400 with the
 * violations, 401 without credentials, or else the operation's example (lists paged by
 * `page`/`page_size`, with `next` links) or your override.
 */
export function createPreoHandlers(options: PreoMockOptions = {}): HttpHandler[] {
  return toMswHandlers(createPreoMock(options), http);
}
