// One call of an operation, as openapi-fetch makes it (same init, same middleware
// interface, same `{ data, error, response }`), built directly on the transport: no
// Request is made unless middleware is there to see it, and the body the transport read
// for its timeout is parsed from those bytes instead of being wrapped in a new Response.
// openapi-fetch's runtime did all this too, but beside our transport it weighed 2.6 kB
// of a 5.5 kB budget and read every body twice; its types are still the client's types.
import type { Middleware } from "openapi-fetch";
import { serializePath } from "./path-parameters.js";
import { rememberRequest } from "./request-of.js";
import { type Answer, type Outgoing, outgoingFrom, type Transport } from "./transport.js";

type Headerish = Headers | Record<string, unknown> | undefined;

export interface CallInit extends Omit<RequestInit, "body" | "headers"> {
  params?: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
  };
  body?: unknown;
  headers?: Headerish;
  parseAs?: "json" | "text" | "blob" | "arrayBuffer" | "stream";
  baseUrl?: string;
  querySerializer?: (query: Record<string, unknown>) => string;
  bodySerializer?: (body: unknown) => unknown;
  middleware?: Middleware[];
  timeoutMs?: number;
  maxRetries?: number;
}

export interface CallSetup {
  baseUrl: string;
  headers: Headerish;
  transport: Transport;
  /** The operation's query serializer (`METHOD /path` → serializer). */
  querySerializer: (operation: string) => (query: Record<string, unknown>) => string;
  /** The operation's statuses never to retry. */
  lasting: (operation: string) => readonly number[] | undefined;
  /** The client's middleware, in order. */
  middleware: readonly Middleware[];
}

export interface Result {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** `null` deletes a header set by an earlier source; arrays append. As openapi-fetch merges. */
function mergeHeaders(...sources: Headerish[]): Headers {
  const merged = new Headers();
  for (const source of sources) {
    if (!source || typeof source !== "object") continue;
    for (const [name, value] of source instanceof Headers ? source : Object.entries(source)) {
      if (value === null) merged.delete(name);
      else if (Array.isArray(value)) for (const item of value) merged.append(name, String(item));
      else if (value !== undefined) merged.set(name, String(value));
    }
  }
  return merged;
}

export async function call(
  setup: CallSetup,
  method: string,
  path: string,
  init: CallInit = {},
): Promise<Result> {
  const {
    params = {},
    body,
    parseAs = "json",
    headers,
    baseUrl = setup.baseUrl,
    querySerializer,
    bodySerializer,
    middleware: local = [],
    timeoutMs,
    maxRetries,
    ...rest
  } = init;
  const operation = `${method} ${path}`;
  const query = (querySerializer ?? setup.querySerializer(operation))(params.query ?? {});
  const url = `${baseUrl.replace(/\/$/, "")}${serializePath(method, path, params.path)}${query ? `?${query}` : ""}`;
  const payload =
    body === undefined
      ? undefined
      : bodySerializer
        ? bodySerializer(body)
        : body instanceof FormData
          ? body
          : JSON.stringify(body);
  const json = payload !== undefined && !(payload instanceof FormData);
  const requestInit: RequestInit = {
    ...rest,
    method,
    body: (payload ?? null) as BodyInit | null,
    headers: mergeHeaders(
      json ? { "content-type": "application/json" } : undefined,
      setup.headers,
      headers,
      params.header,
    ),
  };
  const facts = {
    timeoutMs,
    maxRetries,
    lasting: setup.lasting(operation),
    stream: parseAs === "stream",
  };
  if (setup.middleware.length === 0 && local.length === 0) {
    const answer = await setup.transport({ method, url, init: requestInit, ...facts });
    return settle({ method, url }, answer, parseAs);
  }

  // With middleware: openapi-fetch's protocol, on a real Request each may see or replace.
  const all = [...setup.middleware, ...local];
  let request = new Request(url, requestInit);
  const context = {
    schemaPath: path,
    params,
    id: Math.random().toString(36).slice(2, 11),
    options: { baseUrl, parseAs, querySerializer, bodySerializer },
  };
  // As openapi-fetch: onRequest in order, then onError or onResponse in reverse order;
  // what a hook returns replaces the request, the response or the error.
  let response: Response | undefined;
  for (const m of all) {
    const replaced: unknown = await m.onRequest?.({ ...context, request } as never);
    if (replaced instanceof Response) {
      response = replaced;
      break;
    }
    if (replaced) request = replaced as Request;
  }
  if (!response) {
    try {
      const answer = await setup.transport({ ...(await outgoingFrom(request, rest)), ...facts });
      // Middleware reads the body as fetch's Response would offer it: unread.
      response =
        answer.bytes === null ? answer.response : new Response(answer.bytes, answer.response);
    } catch (thrown) {
      let error = thrown;
      for (let i = all.length; i-- > 0 && !response; ) {
        const handled: unknown = await all[i]?.onError?.({ ...context, request, error } as never);
        if (handled instanceof Response) response = handled;
        else if (handled) error = handled;
      }
      if (!response) throw error;
    }
    for (let i = all.length; i-- > 0; ) {
      const replaced = (await all[i]?.onResponse?.({ ...context, request, response } as never)) as
        | Response
        | undefined;
      if (replaced) response = replaced;
    }
  }
  const unread = !(parseAs === "stream" && response.ok) && response.body !== null;
  const bytes = unread ? await response.arrayBuffer() : null;
  return settle(request, { response, bytes }, parseAs);
}

const decoder = new TextDecoder();

/**
 * `{ data, error, response }` from an answer, as openapi-fetch reads a response. An error
 * response is tied to the request that got it (the one middleware last saw, if any), so
 * `unwrap` can name its method and URL.
 */
function settle(
  { method, url }: { method: string; url: string },
  { response, bytes }: Answer,
  parseAs: string,
): Result {
  const { ok, headers } = response;
  if (!ok) rememberRequest(response, method, url);
  if (response.status === 204 || method === "HEAD" || headers.get("content-length") === "0") {
    return ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (ok && parseAs === "stream") return { data: response.body, response };
  if (ok && parseAs === "arrayBuffer") return { data: bytes, response };
  if (ok && parseAs === "blob") {
    return {
      data: new Blob(bytes ? [bytes] : [], { type: headers.get("content-type") ?? "" }),
      response,
    };
  }
  const text = bytes ? decoder.decode(bytes) : "";
  if (ok)
    return { data: parseAs === "text" ? text : text ? JSON.parse(text) : undefined, response };
  let error: unknown = text;
  try {
    error = JSON.parse(text);
  } catch {
    // A text body stays text.
  }
  return { error, response };
}

export type { Outgoing };
