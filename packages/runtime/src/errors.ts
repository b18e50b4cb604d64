/**
 * The errors a client throws. HTTP errors are not thrown: they come back in `error`,
 * typed from the spec, until `unwrap` turns them into an `ApiError` of the status's
 * class. None of these carries the token: URLs never hold it, headers are not kept, and
 * a server's reason is scrubbed of anything that looks like a credential.
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

export interface ApiErrorInit {
  status: number;
  body: unknown;
  method: string;
  url: string;
  requestId?: string | undefined;
}

/**
 * The server answered with a status outside 2xx (thrown by `unwrap` and `paginate`).
 * `unwrap` throws the subclass of the status (`NotFoundError` for 404, ...) and this
 * class itself for a status that has none.
 */
export class ApiError extends ApiRequestError {
  override name = "ApiError";
  /** The response's HTTP status. */
  readonly status: number;
  /** The parsed body of the response (JSON when it parses, text otherwise). */
  readonly body: unknown;
  /** The server's request id (`x-request-id` or `request-id` header), when it sent one. */
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.method, init.url, `failed with ${init.status}${describeBody(init.body)}`);
    this.status = init.status;
    this.body = init.body;
    this.requestId = init.requestId;
  }
}

/** 400: the request is malformed or a parameter is invalid. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
/** 401: the token is missing, wrong or expired. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
/** 403: the token may not do this. */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
/** 404: no such object (or path). */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** 409: the request conflicts with the object's state (for example, it is in use). */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
/** 422: the request is well-formed but its content is refused. */
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
}
/** 429: too many requests; retried by the client before this is thrown. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}
/** 5xx: the server failed; retried by the client (idempotent methods) before this is thrown. */
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
}

const ERROR_BY_STATUS: Readonly<Record<number, typeof ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The `ApiError` of the status's class: `NotFoundError` for 404, `InternalServerError` for 5xx. */
export function createApiError(init: ApiErrorInit): ApiError {
  const ErrorClass =
    ERROR_BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(init);
}

/** An attempt took longer than `timeoutMs` (to the headers and then the whole body, or between two chunks of a stream). */
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

/** The caller aborted the request through its `signal`; `cause` is the signal's reason. */
export class ApiAbortError extends ApiRequestError {
  override name = "ApiAbortError";

  constructor(init: { method: string; url: string; reason: unknown }) {
    const why = init.reason instanceof Error ? `: ${init.reason.message}` : "";
    super(init.method, init.url, `was aborted${why}`, { cause: init.reason });
  }
}

// A token sent the discouraged way, as a query parameter, must still not reach a message.
const SECRET_QUERY_VALUE = /([?&](?:access_token|token|api_key|apikey)=)[^&#]*/gi;
// ...nor one that a server echoes in its reason ("invalid token Bearer abc").
const SECRET_IN_TEXT = /\b(Bearer|Token|Basic)\s+[^\s"',;]+/gi;
const MAX_REASON_LENGTH = 300;

/** The URL with the values of credential-like query parameters replaced by `***`. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY_VALUE, "$1***");
}

// The API's own reason: Prepr's `message`, Django REST Framework's `detail` or its
// field errors (`{"organization_id": ["This field is required."]}`), or a text body.
function reasonOf(body: unknown): string {
  if (typeof body === "string") return body;
  if (body === null || typeof body !== "object") return "";
  const { message, detail } = body as { message?: unknown; detail?: unknown };
  if (typeof message === "string") return message;
  if (typeof detail === "string") return detail;
  return Object.entries(body)
    .map(([field, value]) => {
      const texts = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === "string");
      return texts.length > 0 ? `${field}: ${texts.join(" ")}` : "";
    })
    .filter(Boolean)
    .join("; ");
}

function describeBody(body: unknown): string {
  let reason = reasonOf(body).replace(/\s+/g, " ").trim().replace(SECRET_IN_TEXT, "$1 ***");
  if (reason.length > MAX_REASON_LENGTH) reason = `${reason.slice(0, MAX_REASON_LENGTH - 1)}…`;
  return reason === "" ? "" : `: ${reason}`;
}

function describeCause(cause: unknown): string {
  const code = ((cause as Error)?.cause as { code?: unknown } | undefined)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return typeof code === "string" ? `${message} (${code})` : message;
}
