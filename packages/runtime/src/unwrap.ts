import { type ApiError, createApiError } from "./errors.js";
import { requestOf } from "./request-of.js";

/** The `{ data, error, response }` result of an openapi-fetch call. */
export interface FetchResult<Data, Err> {
  data?: Data;
  error?: Err;
  response: Response;
}

/**
 * The result's `data`, or, when the server answered with an error status, the
 * `ApiError` of that status (`NotFoundError` for 404, `RateLimitError` for 429, ...)
 * with the status, parsed body, method, URL and request id.
 */
export function unwrap<Data, Err>(result: FetchResult<Data, Err>): Data {
  const { response } = result;
  if (response.ok) return result.data as Data;
  throw errorOf(response, result.error);
}

function errorOf(response: Response, body: unknown): ApiError {
  const request = requestOf(response);
  return createApiError({
    status: response.status,
    body,
    method: request?.method ?? "GET",
    url: request?.url ?? response.url,
    requestId: requestIdOf(response.headers),
  });
}

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
}
