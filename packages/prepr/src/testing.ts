// @specbound/prepr/testing: test your code against the Prepr API without an account. msw
// handlers for every operation, validating each request against the spec first, and
// signed webhook events. msw (2.x or 3.x) is an optional peer dependency: install it to
// use `createPreprHandlers`.
import { toMswHandlers } from "@specbound/runtime/testing";
import { type HttpHandler, http } from "msw";
import { createPreprMock, type PreprMockOptions } from "./mock.js";

export type { MockOverride, Violation } from "@specbound/runtime/testing";
export {
  createPreprMock,
  type PreprMockOptions,
  type PreprOperationId,
  preprResponse,
  preprWebhookExamples,
  signPreprWebhook,
} from "./mock.js";

/**
 * msw handlers for every operation of the Prepr API on `baseUrl`. Each validates the
 * request (path, query with bracket filters, headers, auth, body) and answers 400 with
 * the violations, 401 without credentials, or else the operation's example (lists paged
 * by `skip`/`limit`) or your override.
 */
export function createPreprHandlers(options: PreprMockOptions = {}): HttpHandler[] {
  return toMswHandlers(createPreprMock(options), http);
}
