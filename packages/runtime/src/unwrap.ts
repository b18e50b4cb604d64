import { BufferedResponse } from "./buffered-response.js";
import { ApiError } from "./errors.js";

/** The `{ data, error, response }` result of an openapi-fetch call. */
export interface FetchResult<Data, Err> {
  data?: Data;
  error?: Err;
  response: Response;
}

/**
 * The result's `data`, or an `ApiError` (status, parsed body, method, URL, request id)
 * when the server answered with an error status.
 */
export function unwrap<Data, Err>(result: FetchResult<Data, Err>): Data {
  const { response } = result;
  if (response.ok) return result.data as Data;
  const request = BufferedResponse.requestOf(response);
  throw new ApiError({
    status: response.status,
    body: result.error,
    method: request?.method ?? "GET",
    url: request?.url ?? response.url,
    requestId: requestIdOf(response.headers),
  });
}

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
}
