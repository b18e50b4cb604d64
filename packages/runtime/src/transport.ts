// Beneath the client's middleware: middleware sees one logical request while this layer
// adds the token, a timeout per attempt, retries and logging. The token is set here,
// after middleware, so no middleware (or logger in one) ever sees it.
import { resolveToken, type TokenSource } from "./auth.js";
import { ApiAbortError, ApiConnectionError, ApiTimeoutError, redactUrl } from "./errors.js";
import { createLog, type LogOptions } from "./logger.js";
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
  timeoutMs?: number | undefined;
  /** Retries of this call after its first attempt (default: the client's `maxRetries`). */
  maxRetries?: number | undefined;
}

/** A call as the transport sends it: what fetch gets, and what the spec says of it. */
export interface Outgoing extends CallOptions {
  method: string;
  url: string;
  /** Sent as it is on every attempt (a body that can be sent again), with its own signal. */
  init: RequestInit;
  /** Statuses this operation documents as lasting (`x-retryable: false`): never retried. */
  lasting?: readonly number[] | undefined;
  /** The caller reads the body as a stream (`parseAs: "stream"`): do not buffer it. */
  stream?: boolean | undefined;
}

/** The final attempt's response and, unless it was streamed or has none, its body. */
export interface Answer {
  response: Response;
  bytes: ArrayBuffer | null;
}

export type Transport = (outgoing: Outgoing) => Promise<Answer>;

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

// Responses to these statuses have no body.
const NULL_BODY_STATUSES = [101, 103, 204, 205, 304];
const TIMED_OUT = Symbol("timed out");

export function createTransport(options: TransportOptions = {}): Transport {
  const timeoutMs = checkCount("timeoutMs", options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1, false);
  const maxRetries = checkCount("maxRetries", options.maxRetries ?? DEFAULT_MAX_RETRIES, 0, true);
  const scheme = options.authScheme ?? "Bearer";
  if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(scheme)) {
    throw new TypeError(`authScheme: expected an HTTP auth scheme such as "Bearer", got ${scheme}`);
  }
  // Looked up per call, not bound once: browsers reject an unbound `fetch`.
  const send: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const log = createLog(options);

  return async function transport(outgoing) {
    const { method, url, init, lasting } = outgoing;
    const signal = init.signal ?? undefined;
    const callTimeout = checkCount("timeoutMs", outgoing.timeoutMs ?? timeoutMs, 1, false);
    const callRetries = checkCount("maxRetries", outgoing.maxRetries ?? maxRetries, 0, true);
    const headers = init.headers as Headers;
    const resolved = resolveToken(options.token);
    const token = resolved instanceof Promise ? await resolved : resolved;
    if (token !== undefined) headers.set("authorization", `${scheme} ${token}`);
    if (options.userAgent !== undefined) headers.set("user-agent", options.userAgent);
    const safeUrl = log.debug || log.info ? redactUrl(url) : url;

    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new ApiAbortError({ method, url, reason: signal.reason });
      const started = log.debug ? now() : 0;
      let answer: Answer | undefined;
      let failure: unknown;
      try {
        answer = await attempt(send, outgoing, callTimeout);
      } catch (error) {
        failure = error;
      }
      const status = answer?.response.status;
      log.debug?.(
        `${method} ${safeUrl} ${status ?? `failed: ${(failure as Error).message}`} (${now() - started} ms, attempt ${retry + 1})`,
      );
      const again =
        retry < callRetries &&
        (status
          ? isRetryableStatus(method, status) && !lasting?.includes(status)
          : isRetryableFailure(method, failure));
      if (!again) {
        if (!answer) throw failure;
        return answer;
      }
      const delay = retryDelayMs(retry, answer?.response.headers, now, random);
      log.info?.(
        `${method} ${safeUrl} retrying in ${Math.round(delay)} ms after ${status ? `status ${status}` : (failure as Error).name} (retry ${retry + 1} of ${callRetries})`,
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
 * A Request that middleware saw or built, as the transport sends it: every field it
 * carries is kept, so `credentials`, `mode`, `cache`, `keepalive`... reach fetch as the
 * caller set them, and its body is read once so that each attempt sends the same bytes.
 */
export async function outgoingFrom(request: Request, given: RequestInit): Promise<Outgoing> {
  const init: RequestInit = {
    // What the platform's Request does not carry (`priority` in Node) as the caller gave it.
    ...given,
    method: request.method,
    headers: request.headers,
    body: request.body === null ? null : await request.arrayBuffer(),
    signal: request.signal,
    redirect: request.redirect,
    credentials: request.credentials,
    cache: request.cache,
    integrity: request.integrity,
    keepalive: request.keepalive,
    referrerPolicy: request.referrerPolicy,
  };
  // Left out: a mode fetch would refuse to take back ("navigate"), and the default referrer.
  if (request.mode !== "navigate") init.mode = request.mode;
  if (request.referrer !== "about:client") init.referrer = request.referrer;
  return { method: request.method, url: request.url, init };
}

// Node keeps one list of timers per duration and frees it when its last timer is cleared,
// so a client making one request at a time rebuilt it on every attempt. An unref'd idle
// interval per duration (a few at most) keeps the list alive without keeping the process
// alive. Where a timer has no unref (Deno, browsers, workers) none is kept: an interval
// there would keep a Deno script from ever exiting.
const warmDurations = new Set<number>();

async function attempt(send: FetchLike, outgoing: Outgoing, timeoutMs: number): Promise<Answer> {
  const { method, url, init } = outgoing;
  const callerSignal = init.signal ?? undefined;
  if (!warmDurations.has(timeoutMs) && warmDurations.size < 4) {
    warmDurations.add(timeoutMs);
    const interval = setInterval(Boolean, timeoutMs) as unknown as { unref?: () => void };
    if (typeof interval.unref === "function") interval.unref();
    else clearInterval(interval as unknown as number);
  }
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", forwardAbort);
  const done = () => {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", forwardAbort);
  };
  const describe = (error: unknown) =>
    controller.signal.reason === TIMED_OUT
      ? new ApiTimeoutError({ method, url, timeoutMs })
      : callerSignal?.aborted
        ? new ApiAbortError({ method, url, reason: callerSignal.reason })
        : new ApiConnectionError({ method, url, cause: error });
  let streaming = false;
  try {
    const response = await send(url, { ...init, signal: controller.signal });
    const { body } = response;
    if (outgoing.stream && response.ok && body) {
      streaming = true;
      clearTimeout(timer);
      // The timeout now covers each wait for the next chunk, not the reader's pace.
      const reader = body.getReader();
      const stream = new ReadableStream<Uint8Array>(
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
      return { response: new Response(stream, response), bytes: null };
    }
    // Read inside the attempt, so the timeout covers a server that sends its headers and
    // then stalls, and a body that fails to arrive is retried like any failed attempt.
    const empty = NULL_BODY_STATUSES.includes(response.status) || method === "HEAD";
    return { response, bytes: empty ? null : await response.arrayBuffer() };
  } catch (error) {
    throw describe(error);
  } finally {
    if (!streaming) done();
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
