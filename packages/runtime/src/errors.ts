/**
 * The errors a client throws. HTTP errors are not thrown: they come back in `error`,
 * typed from the spec, until `unwrap` turns them into an `ApiError`. None of these
 * carries the token: URLs never hold it, and headers are not kept.
 */

/** Base of every error this runtime throws, so `catch (e) { if (e instanceof SpecboundError) }` works. */
export class SpecboundError extends Error {
  override name = "SpecboundError";
}

/** The server answered with a status outside 2xx (thrown by `unwrap` and `paginate`). */
export class ApiError extends SpecboundError {
  override name = "ApiError";
  /** The response's HTTP status. */
  readonly status: number;
  /** The parsed body of the response (JSON when it parses, text otherwise). */
  readonly body: unknown;
  /** HTTP method of the request. */
  readonly method: string;
  /** URL of the request, with any `access_token` query value redacted. */
  readonly url: string;
  /** The server's request id (`x-request-id` or `request-id` header), when it sent one. */
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    body: unknown;
    method: string;
    url: string;
    requestId?: string | undefined;
  }) {
    const url = redactUrl(init.url);
    super(`${init.method} ${url} failed with ${init.status}${describeBody(init.body)}`);
    this.status = init.status;
    this.body = init.body;
    this.method = init.method;
    this.url = url;
    this.requestId = init.requestId;
  }
}

/** An attempt took longer than `timeoutMs` (headers and body together). */
export class ApiTimeoutError extends SpecboundError {
  override name = "ApiTimeoutError";
  readonly method: string;
  readonly url: string;
  readonly timeoutMs: number;
  constructor(init: { method: string; url: string; timeoutMs: number }) {
    const url = redactUrl(init.url);
    super(`${init.method} ${url} timed out after ${init.timeoutMs} ms`);
    this.method = init.method;
    this.url = url;
    this.timeoutMs = init.timeoutMs;
  }
}

/** The request never got a response: DNS, refused or reset connection, TLS. */
export class ApiConnectionError extends SpecboundError {
  override name = "ApiConnectionError";
  readonly method: string;
  readonly url: string;
  constructor(init: { method: string; url: string; cause: unknown }) {
    const url = redactUrl(init.url);
    super(`${init.method} ${url} could not connect: ${describeCause(init.cause)}`, {
      cause: init.cause,
    });
    this.method = init.method;
    this.url = url;
  }
}

// A token sent the discouraged way, as a query parameter, must still not reach a message.
const SECRET_QUERY_KEYS = /^(access_token|token|api_key|apikey)$/i;

/** The URL with the values of credential-like query parameters replaced by `***`. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf("?");
  if (queryStart === -1) return url;
  const parsed = new URL(url);
  let changed = false;
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY_KEYS.test(key)) {
      parsed.searchParams.set(key, "***");
      changed = true;
    }
  }
  return changed ? parsed.toString() : url;
}

function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === "") return "";
  if (typeof body === "string") return `: ${body.slice(0, 200)}`;
  if (typeof body === "object") {
    const record = body as Record<string, unknown>;
    const message = record.message ?? record.detail ?? record.error;
    if (typeof message === "string") return `: ${message}`;
  }
  return "";
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}
