import createClient, { type Middleware } from "openapi-fetch";
import { chooseToken } from "./auth.js";
import type { ApiClient } from "./client-types.js";
import { missingPathParameter } from "./path-parameters.js";
import { PendingRequest } from "./pending-request.js";
import { createBracketQuerySerializer } from "./query-brackets.js";
import { type CallFacts, createTransport, type TransportOptions } from "./transport.js";

export interface ClientOptions extends Omit<TransportOptions, "sleep" | "now" | "random"> {
  /** The API's base URL (default: the spec's first server). */
  baseUrl?: string | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
}

/** What the generator extracts from a spec for the runtime (`src/generated/spec-meta.ts`). */
export interface SpecMeta {
  defaultBaseUrl: string;
  /** `"GET /publications": ["model", "status"]`: query parameters sent in bracket notation. */
  bracketQueryParameters: Readonly<Record<string, readonly string[]>>;
  /** `"DELETE /v1/files/{id}": [409]`: statuses marked `x-retryable: false`, never retried. */
  lastingStatuses?: Readonly<Record<string, readonly number[]>>;
}

/** Who the client is, for its defaults: `{ name: "createPreprClient", tokenVariable: "PREPR_TOKEN" }`. */
export interface ClientIdentity {
  name: string;
  /** The environment variable the token is read from when `token` is not given. */
  tokenVariable: string;
}

type Init = Record<string, unknown> & {
  middleware?: unknown[];
  params?: { path?: Record<string, unknown> };
};

/**
 * A client typed with a spec's `paths`: openapi-fetch beneath a thin layer that, per
 * call, picks the operation's bracket query serializer and tells the transport what the
 * spec says of the operation (statuses never to retry), and that sends through the
 * retrying, timing-out, authenticating transport. With an `identity`, the token defaults
 * to its environment variable and a client without one is refused at construction.
 */
export function createApiClient<Paths extends {}>(
  options: ClientOptions & Pick<TransportOptions, "sleep" | "now" | "random">,
  spec: SpecMeta,
  identity?: ClientIdentity,
): ApiClient<Paths> {
  const { baseUrl = spec.defaultBaseUrl, headers, ...transport } = options;
  if (identity)
    transport.token = chooseToken(transport.token, identity.tokenVariable, identity.name);
  const client = createClient<Paths>({
    baseUrl,
    headers,
    // The transport also takes the lighter PendingRequest that calls without middleware send.
    fetch: createTransport(transport) as (request: Request) => Promise<Response>,
  });
  const serializers = new Map(
    Object.entries(spec.bracketQueryParameters).map(([operation, names]) => [
      operation,
      createBracketQuerySerializer(names),
    ]),
  );
  const lasting = spec.lastingStatuses ?? {};
  // Mirrors openapi-fetch's middleware list: while it is empty, no call needs a real Request.
  const middleware: Middleware[] = [];

  const call = (method: string, path: string, init: Init | undefined) => {
    const missing = missingPathParameter(method, path, init);
    if (missing) return Promise.reject(missing);
    const operation = `${method} ${path}`;
    const facts: CallFacts = { lasting: lasting[operation], stream: init?.parseAs === "stream" };
    const next: Init = { ...init, specbound: facts };
    if (init?.querySerializer === undefined) {
      const querySerializer = serializers.get(operation);
      if (querySerializer) next.querySerializer = querySerializer;
    }
    if (middleware.length === 0 && !init?.middleware?.length) next.Request = PendingRequest;
    // biome-ignore lint/suspicious/noExplicitAny: openapi-fetch's request, seen untyped.
    return (client.request as any)(method, path, next);
  };
  const method = (name: string) => (path: string, init?: Init) => call(name, path, init);

  return {
    GET: method("GET"),
    PUT: method("PUT"),
    POST: method("POST"),
    DELETE: method("DELETE"),
    OPTIONS: method("OPTIONS"),
    HEAD: method("HEAD"),
    PATCH: method("PATCH"),
    TRACE: method("TRACE"),
    request: (name: string, path: string, init?: Init) => call(name.toUpperCase(), path, init),
    use(...added: Middleware[]) {
      for (const m of added) {
        client.use(m);
        if (m) middleware.push(m);
      }
    },
    eject(...removed: Middleware[]) {
      for (const m of removed) {
        client.eject(m);
        const at = middleware.indexOf(m);
        if (at !== -1) middleware.splice(at, 1);
      }
    },
  } as unknown as ApiClient<Paths>;
}
