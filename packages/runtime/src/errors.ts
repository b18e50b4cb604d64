/**
 * The errors a client throws. HTTP errors are not thrown: they come back in `error`,
 * typed from the spec, until `unwrap` turns them into an `ApiError`. None of these
 * carries the token: URLs never hold it, and headers are not kept.
 */

/** Base of every error this runtime throws, so `catch (e) { if (e instanceof SpecboundError) }` works. */
export class SpecboundError extends Error {
  override name = "SpecboundError";
}

/** An error about one request: names its method and URL (credentials redacted). */
export class ApiRequestError extends SpecboundError {
  override name = "ApiRequestError";
  /** HTTP method of the request. */
  readonly method: string;
  /** URL of the request, with any `access_token` query value redacted. */
  readonly url: string;

  constructor(method: string, url: string, what: string, options?: ErrorOptions) {
    const safeUrl = redactUrl(url);
    super(`${method} ${safeUrl} ${what}`, options);
    this.method = method;
    this.url = safeUrl;
  }
}

/** The server answered with a status outside 2xx (thrown by `unwrap` and `paginate`). */
export class ApiError extends ApiRequestError {
  override name = "ApiError";
  /** The response's HTTP status. */
  readonly status: number;
  /** The parsed body of the response (JSON when it parses, text otherwise). */
  readonly body: unknown;
  /** The server's request id (`x-request-id` or `request-id` header), when it sent one. */
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    body: unknown;
    method: string;
    url: string;
    requestId?: string | undefined;
  }) {
    super(init.method, init.url, `failed with ${init.status}${describeBody(init.body)}`);
    this.status = init.status;
    this.body = init.body;
    this.requestId = init.requestId;
  }
}

/** An attempt took longer than `timeoutMs` (headers and body together). */
export class ApiTimeoutError extends ApiRequestError {
  override name = "ApiTimeoutError";
  readonly timeoutMs: number;

  constructor(init: { method: string; url: string; timeoutMs: number }) {
    super(init.method, init.url, `timed out after ${init.timeoutMs} ms`);
    this.timeoutMs = init.timeoutMs;
  }
}

/** The request never got a response: DNS, refused or reset connection, TLS. */
export class ApiConnectionError extends ApiRequestError {
  override name = "ApiConnectionError";

  constructor(init: { method: string; url: string; cause: unknown }) {
    super(init.method, init.url, `could not connect: ${describeCause(init.cause)}`, {
      cause: init.cause,
    });
  }
}

// A token sent the discouraged way, as a query parameter, must still not reach a message.
const SECRET_QUERY_VALUE = /([?&](?:access_token|token|api_key|apikey)=)[^&#]*/gi;

/** The URL with the values of credential-like query parameters replaced by `***`. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY_VALUE, "$1***");
}

function describeBody(body: unknown): string {
  const message =
    typeof body === "string"
      ? body.slice(0, 200)
      : ((body as { message?: unknown; detail?: unknown } | null)?.message ??
        (body as { detail?: unknown } | null)?.detail);
  return typeof message === "string" && message !== "" ? `: ${message}` : "";
}

function describeCause(cause: unknown): string {
  const code = ((cause as Error)?.cause as { code?: unknown } | undefined)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return typeof code === "string" ? `${message} (${code})` : message;
}
