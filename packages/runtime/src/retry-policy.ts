// Which failures are worth another attempt, and how long to wait first.
//
// GET, HEAD, PUT, DELETE (idempotent) retry on 408, 409, 429, 5xx and connection
// errors. POST and PATCH may have taken effect, so they retry only on 429 (the server
// refused before doing anything) and on connection errors raised before the request
// left the machine.

const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method);
}

export function isRetryableStatus(method: string, status: number): boolean {
  if (status === 429) return true;
  if (!isIdempotent(method)) return false;
  return status === 408 || status === 409 || status >= 500;
}

// Errors that mean no byte of the request reached the server.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** True when a fetch rejection happened before the request was sent. */
export function failedBeforeSending(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function isRetryableConnectionError(method: string, error: unknown): boolean {
  return isIdempotent(method) || failedBeforeSending(error);
}

export const MAX_SERVER_WAIT_MS = 60_000;
const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;
const MAX_JITTER = 0.25;

/**
 * How long to wait before retry number `retry` (0 for the first retry): what the
 * server asked for (`retry-after-ms`, or `Retry-After` in seconds or as an HTTP date,
 * capped at 60 s), else exponential backoff (0.5 s × 2^retry, at most 8 s) less up to
 * 25% jitter so that clients that failed together do not retry together.
 */
export function retryDelayMs(
  retry: number,
  headers: Headers | undefined,
  now: () => number,
  random: () => number,
): number {
  const asked = headers ? serverRequestedDelayMs(headers, now) : undefined;
  if (asked !== undefined) return Math.min(asked, MAX_SERVER_WAIT_MS);
  const backoff = Math.min(BASE_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS);
  return backoff * (1 - random() * MAX_JITTER);
}

// Header values reach us trimmed (fetch normalizes them), so an empty value is "".
function serverRequestedDelayMs(headers: Headers, now: () => number): number | undefined {
  const ms = Number(headers.get("retry-after-ms") || Number.NaN);
  if (ms >= 0) return ms;
  const after = headers.get("retry-after");
  if (!after) return undefined;
  const seconds = Number(after);
  if (!Number.isNaN(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}
