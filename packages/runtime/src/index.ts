export type { TokenSource } from "./auth.js";
export type { ApiClient, ApiMethod, CallInit, CallResult, Loose } from "./client-types.js";
export {
  type ClientIdentity,
  type ClientOptions,
  createApiClient,
  type SpecMeta,
} from "./create-api-client.js";
export {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  type ApiErrorInit,
  ApiRequestError,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  redactUrl,
  SpecboundError,
  UnprocessableEntityError,
} from "./errors.js";
export type { ListItem, ListPath } from "./list-types.js";
export type { Logger, LogLevel, LogOptions } from "./logger.js";
export { type PaginateOptions, paginateByNextLink, paginateByOffset } from "./paginate.js";
export { createBracketQuerySerializer, stringifyBrackets } from "./query-brackets.js";
export { isRetryableStatus, retryDelayMs } from "./retry-policy.js";
export {
  type CallOptions,
  createTransport,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
  type TransportOptions,
} from "./transport.js";
export { type FetchResult, unwrap } from "./unwrap.js";
