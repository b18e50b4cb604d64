// A Response does not know the request that produced it; `unwrap` needs its method and
// URL to describe an error, without the caller passing them along. Only error responses
// are remembered: a weak entry per success response would be work for every garbage
// collection.
const requests = new WeakMap<Response, { method: string; url: string }>();

export function rememberRequest(response: Response, method: string, url: string): Response {
  requests.set(response, { method, url });
  return response;
}

/** The method and URL of the request `response` answers, when the transport made it. */
export function requestOf(response: Response): { method: string; url: string } | undefined {
  return requests.get(response);
}
