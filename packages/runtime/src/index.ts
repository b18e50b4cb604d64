export { resolveToken, type TokenSource } from "./auth.js";
export {
  type ClientOptions,
  createApiClient,
  type SpecMeta,
} from "./create-api-client.js";
export {
  ApiConnectionError,
  ApiError,
  ApiRequestError,
  ApiTimeoutError,
  redactUrl,
  SpecboundError,
} from "./errors.js";
export type { ListItem, ListPath } from "./list-types.js";
export { type PaginateOptions, paginateByOffset, paginateByPageNumber } from "./paginate.js";
export { createBracketQuerySerializer, stringifyBrackets } from "./query-brackets.js";
export { isRetryableStatus, retryDelayMs } from "./retry-policy.js";
export {
  createTransport,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
  type TransportOptions,
} from "./transport.js";
export { type FetchResult, unwrap } from "./unwrap.js";
