export {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiRequestError,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  type CallInit,
  type CallOptions,
  ConflictError,
  InternalServerError,
  type Logger,
  type LogLevel,
  NotFoundError,
  type PaginateOptions,
  PermissionDeniedError,
  RateLimitError,
  SpecboundError,
  stringifyBrackets,
  type TokenSource,
  UnprocessableEntityError,
  unwrap,
} from "@specbound/runtime";
export {
  createPreprClient,
  type PreprClient,
  type PreprClientOptions,
  type PreprListItem,
  type PreprListPath,
  type PreprPaginateInit,
} from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/schema.js";
export type * from "./schemas.js";
export type { PreprWebhookEvent, PreprWebhookEventName } from "./webhook-events.js";
export { PreprWebhookSignatureError, parsePreprWebhook, verifyPreprWebhook } from "./webhooks.js";
