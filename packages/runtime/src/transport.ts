// The fetch that openapi-fetch calls. It sits beneath openapi-fetch's middleware, so
// middleware sees one logical request while this layer adds the token, a timeout per
// attempt, and retries. The token is set here, after middleware, so no middleware
// (or logger in one) ever sees it.
import { resolveToken, type TokenSource } from "./auth.js";
import { BufferedResponse } from "./buffered-response.js";
import { ApiConnectionError, ApiTimeoutError } from "./errors.js";
import {
  isIdempotent,
  isRetryableConnectionError,
  isRetryableStatus,
  retryDelayMs,
} from "./retry-policy.js";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  /** Bearer token, or a function returning one (called per request). */
  token?: TokenSource | undefined;
  /** The fetch to send requests with (default: the global fetch). */
  fetch?: FetchLike | undefined;
  /** Limit for one attempt, headers and body together, in ms (default 60000). */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Sent as `User-Agent`. */
  userAgent?: string | undefined;
  /** @internal Test seams: a clock and a sleep that tests can drive. */
  sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
  /** @internal */
  now?: (() => number) | undefined;
  /** @internal */
  random?: (() => number) | undefined;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

// Responses to these statuses have no body.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const TIMED_OUT = Symbol("timed out");

export function createTransport(
  options: TransportOptions = {},
): (request: Request) => Promise<Response> {
  const timeoutMs = checkCount("timeoutMs", options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1, false);
  const maxRetries = checkCount("maxRetries", options.maxRetries ?? DEFAULT_MAX_RETRIES, 0, true);
  // Looked up per call, not bound once: browsers reject an unbound `fetch`.
  const send: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;

  return async function transport(request: Request): Promise<Response> {
    const { method, url, signal, headers } = request;
    // openapi-fetch built this Request for this one call: its headers are ours to set.
    const resolved = resolveToken(options.token);
    const token = resolved instanceof Promise ? await resolved : resolved;
    if (token !== undefined) headers.set("authorization", `Bearer ${token}`);
    if (options.userAgent !== undefined) headers.set("user-agent", options.userAgent);
    // Read once, so every attempt can send the same bytes.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const init: RequestInit = { method, headers, body, redirect: request.redirect };

    for (let retry = 0; ; retry++) {
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await attempt(send, url, init, signal, timeoutMs);
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        failure = error;
      }
      const again =
        retry < maxRetries &&
        (response
          ? isRetryableStatus(method, response.status)
          : isRetryableFailure(method, failure));
      if (!again) {
        if (!response) throw failure;
        return response;
      }
      await sleep(retryDelayMs(retry, response?.headers, now, random), signal);
    }
  };
}

async function attempt(
  send: FetchLike,
  url: string,
  init: RequestInit,
  callerSignal: AbortSignal,
  timeoutMs: number,
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
  const forwardAbort = () => controller.abort(callerSignal.reason);
  if (callerSignal.aborted) forwardAbort();
  callerSignal.addEventListener("abort", forwardAbort);
  const method = init.method as string;
  try {
    const response = await send(url, { ...init, signal: controller.signal });
    // Read inside the attempt, so the timeout covers a server that sends its headers and
    // then stalls, and a body that fails to arrive is retried like any failed attempt.
    const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
    return new BufferedResponse(body, response, { method, url });
  } catch (error) {
    if (controller.signal.reason === TIMED_OUT)
      throw new ApiTimeoutError({ method, url, timeoutMs });
    if (callerSignal.aborted) throw error;
    throw new ApiConnectionError({ method, url, cause: error });
  } finally {
    clearTimeout(timer);
    callerSignal.removeEventListener("abort", forwardAbort);
  }
}

function isRetryableFailure(method: string, failure: unknown): boolean {
  if (failure instanceof ApiTimeoutError) return isIdempotent(method);
  if (failure instanceof ApiConnectionError)
    return isRetryableConnectionError(method, failure.cause);
  return false;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      if (signal.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
    if (signal.aborted) done();
  });
}

function checkCount(name: string, value: number, min: number, whole: boolean): number {
  if (!Number.isFinite(value) || value < min || (whole && !Number.isInteger(value))) {
    throw new TypeError(`${name}: expected a number >= ${min}, got ${String(value)}`);
  }
  return value;
}
