// A Response does not know the method that produced it. The client's fetch records
// each response it returns here, so `unwrap` can name the request in an ApiError
// without the caller passing it along. Weak, so nothing outlives the response.
const requests = new WeakMap<Response, { method: string; url: string }>();

export function rememberRequest(response: Response, request: { method: string; url: string }) {
  requests.set(response, request);
}

export function requestOf(response: Response) {
  return requests.get(response);
}
