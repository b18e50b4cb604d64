// The fetch that openapi-fetch calls. It sits beneath openapi-fetch's middleware, so
// middleware sees one logical request while this layer adds the token, a timeout per
// attempt, retries and logging. The token is set here, after middleware, so no
// middleware (or logger in one) ever sees it.
import { resolveToken, type TokenSource } from "./auth.js";
import { BufferedResponse } from "./buffered-response.js";
import { ApiAbortError, ApiConnectionError, ApiTimeoutError, redactUrl } from "./errors.js";
import { createLog, type LogOptions } from "./logger.js";
import { PendingRequest } from "./pending-request.js";
import { rememberRequest } from "./request-of.js";
import {
  isIdempotent,
  isRetryableConnectionError,
  isRetryableStatus,
  retryDelayMs,
} from "./retry-policy.js";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions extends LogOptions {
  /**
   * The token: a string, a function returning one (called per request), or `null` to send
   * no `Authorization` header.
   */
  token?: TokenSource | undefined;
  /** The scheme before the token in `Authorization` (default `"Bearer"`). */
  authScheme?: string | undefined;
  /** The fetch to send requests with (default: the global fetch). */
  fetch?: FetchLike | undefined;
  /**
   * Limit for one attempt, in ms (default 60000): to the headers and then the whole body;
   * with `parseAs: "stream"`, to the headers and then each wait for the next chunk.
   */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Sent as `User-Agent`. */
  userAgent?: string | undefined;
  /** @internal Test seams: a clock and a sleep that tests can drive. */
  sleep?: ((ms: number, signal: AbortSignal | undefined) => Promise<void>) | undefined;
  /** @internal */
  now?: (() => number) | undefined;
  /** @internal */
  random?: (() => number) | undefined;
}

/** Options a single call may give in its init, overriding the client's. */
export interface CallOptions {
  /** Limit for each attempt of this call, in ms (default: the client's `timeoutMs`). */
  timeoutMs?: number;
  /** Retries of this call after its first attempt (default: the client's `maxRetries`). */
  maxRetries?: number;
}

/** @internal What the client tells the transport about a call, beside the init. */
export interface CallFacts {
  /** Statuses this operation documents as lasting (`x-retryable: false`): never retried. */
  lasting?: readonly number[] | undefined;
  /** The caller reads the body as a stream (`parseAs: "stream"`): do not buffer it. */
  stream?: boolean;
}

type CallInput = (Request | PendingRequest) &
  CallOptions & { specbound?: CallFacts; priority?: string };

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

// Responses to these statuses have no body.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const TIMED_OUT = Symbol("timed out");

export function createTransport(
  options: TransportOptions = {},
): (request: Request | PendingRequest) => Promise<Response> {
  const timeoutMs = checkCount("timeoutMs", options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1, false);
  const maxRetries = checkCount("maxRetries", options.maxRetries ?? DEFAULT_MAX_RETRIES, 0, true);
  const scheme = options.authScheme ?? "Bearer";
  if (typeof scheme !== "string" || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(scheme)) {
    throw new TypeError(`authScheme: expected an HTTP auth scheme such as "Bearer", got ${scheme}`);
  }
  // Looked up per call, not bound once: browsers reject an unbound `fetch`.
  const send: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const log = createLog(options);

  return async function transport(input: CallInput): Promise<Response> {
    const { method, url } = input;
    const call = await initOf(input);
    const signal = call.signal ?? undefined;
    const facts = input.specbound;
    const callTimeout =
      input.timeoutMs === undefined
        ? timeoutMs
        : checkCount("timeoutMs", input.timeoutMs, 1, false);
    const callRetries =
      input.maxRetries === undefined
        ? maxRetries
        : checkCount("maxRetries", input.maxRetries, 0, true);
    const headers = call.headers as Headers;
    const resolved = resolveToken(options.token);
    const token = resolved instanceof Promise ? await resolved : resolved;
    if (token !== undefined) headers.set("authorization", `${scheme} ${token}`);
    if (options.userAgent !== undefined) headers.set("user-agent", options.userAgent);
    const safeUrl = log.debug || log.info ? redactUrl(url) : url;

    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new ApiAbortError({ method, url, reason: signal.reason });
      const started = log.debug ? now() : 0;
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await attempt(send, url, call, signal, callTimeout, facts?.stream === true);
      } catch (error) {
        failure = error;
      }
      log.debug?.(
        `${method} ${safeUrl} ${response ? response.status : `failed: ${(failure as Error).message}`} (${now() - started} ms, attempt ${retry + 1})`,
      );
      const again =
        retry < callRetries &&
        (response
          ? isRetryableStatus(method, response.status) && !facts?.lasting?.includes(response.status)
          : isRetryableFailure(method, failure));
      if (!again) {
        if (!response) throw failure;
        return rememberRequest(response, method, url);
      }
      const delay = retryDelayMs(retry, response?.headers, now, random);
      log.info?.(
        `${method} ${safeUrl} retrying in ${Math.round(delay)} ms after ${response ? `status ${response.status}` : (failure as Error).name} (retry ${retry + 1} of ${callRetries})`,
      );
      try {
        await sleep(delay, signal);
      } catch (error) {
        if (signal?.aborted) throw new ApiAbortError({ method, url, reason: signal.reason });
        throw error;
      }
    }
  };
}

/**
 * The init every attempt sends, read once so that each attempt sends the same bytes.
 * From a real Request (one that middleware saw or built), every field it carries is
 * copied, so `credentials`, `mode`, `cache`, `keepalive`... reach fetch as the caller set
 * them.
 */
async function initOf(input: CallInput): Promise<RequestInit> {
  if (input instanceof PendingRequest) {
    // Our own keys stay here; fetch gets the standard ones, all of them.
    const { timeoutMs, maxRetries, specbound, ...init } = input.init;
    if (init.body instanceof ReadableStream)
      init.body = await new Response(init.body).arrayBuffer();
    return init;
  }
  const request = input as Request & { priority?: string };
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    body: request.body === null ? undefined : await request.arrayBuffer(),
    signal: request.signal,
    redirect: request.redirect,
    credentials: request.credentials,
    cache: request.cache,
    integrity: request.integrity,
    keepalive: request.keepalive,
    referrerPolicy: request.referrerPolicy,
  };
  // Values fetch would refuse to take back as given ("navigate") or that are already
  // the default are left out.
  if (request.mode !== "navigate") init.mode = request.mode;
  if (request.referrer !== "about:client") init.referrer = request.referrer;
  if (request.priority !== undefined) (init as { priority?: string }).priority = request.priority;
  return init;
}

async function attempt(
  send: FetchLike,
  url: string,
  call: RequestInit,
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
  stream: boolean,
): Promise<Response> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", forwardAbort);
  const done = () => {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", forwardAbort);
  };
  const method = call.method as string;
  const describe = (error: unknown) => {
    if (controller.signal.reason === TIMED_OUT)
      return new ApiTimeoutError({ method, url, timeoutMs });
    if (callerSignal?.aborted)
      return new ApiAbortError({ method, url, reason: callerSignal.reason });
    return new ApiConnectionError({ method, url, cause: error });
  };
  let streaming = false;
  try {
    const response = await send(url, { ...call, signal: controller.signal });
    if (stream && response.ok && response.body) {
      streaming = true;
      clearTimeout(timer);
      // The timeout now covers each wait for the next chunk, not the reader's pace.
      const reader = response.body.getReader();
      const body = new ReadableStream<Uint8Array>(
        {
          async pull(sink) {
            timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
            try {
              const chunk = await reader.read();
              if (chunk.done) {
                done();
                sink.close();
              } else sink.enqueue(chunk.value);
            } catch (error) {
              done();
              sink.error(describe(error));
            } finally {
              clearTimeout(timer);
            }
          },
          cancel(reason) {
            done();
            return reader.cancel(reason);
          },
        },
        { highWaterMark: 0 },
      );
      return new StreamedResponse(body, response, url);
    }
    // Read inside the attempt, so the timeout covers a server that sends its headers and
    // then stalls, and a body that fails to arrive is retried like any failed attempt.
    const bytes =
      NULL_BODY_STATUSES.has(response.status) || method === "HEAD"
        ? null
        : await response.arrayBuffer();
    return new BufferedResponse(bytes, response, url);
  } catch (error) {
    throw describe(error);
  } finally {
    if (!streaming) done();
  }
}

/** A response whose body is passed through as it arrives (`parseAs: "stream"`). */
class StreamedResponse extends Response {
  readonly #url: string;

  constructor(body: ReadableStream<Uint8Array>, from: Response, url: string) {
    super(body, { status: from.status, statusText: from.statusText, headers: from.headers });
    this.#url = from.url || url;
  }

  override get url(): string {
    return this.#url;
  }
}

function isRetryableFailure(method: string, failure: unknown): boolean {
  if (failure instanceof ApiTimeoutError) return isIdempotent(method);
  if (failure instanceof ApiConnectionError)
    return isRetryableConnectionError(method, failure.cause);
  return false;
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
    if (signal?.aborted) done();
  });
}

function checkCount(name: string, value: number, min: number, whole: boolean): number {
  if (!Number.isFinite(value) || value < min || (whole && !Number.isInteger(value))) {
    throw new TypeError(`${name}: expected a number >= ${min}, got ${String(value)}`);
  }
  return value;
}
