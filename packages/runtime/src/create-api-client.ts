import type { Middleware } from "openapi-fetch";
import { chooseToken } from "./auth.js";
import { type CallInit, call } from "./call.js";
import type { ApiClient } from "./client-types.js";
import { createBracketQuerySerializer } from "./query-brackets.js";
import { createTransport, type TransportOptions } from "./transport.js";

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

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];

/**
 * A client typed with a spec's `paths`, with openapi-fetch's API: per call it picks the
 * operation's bracket query serializer and tells the transport what the spec says of the
 * operation (statuses never to retry); it sends through the retrying, timing-out,
 * authenticating transport. With an `identity`, the token defaults to its environment
 * variable and a client without one is refused at construction.
 */
export function createApiClient<Paths extends {}>(
  options: ClientOptions & Pick<TransportOptions, "sleep" | "now" | "random">,
  spec: SpecMeta,
  identity?: ClientIdentity,
): ApiClient<Paths> {
  const { baseUrl = spec.defaultBaseUrl, headers, ...transport } = options;
  if (identity) {
    transport.token = chooseToken(transport.token, identity.tokenVariable, identity.name);
  }
  const plain = createBracketQuerySerializer([]);
  const serializers = new Map(
    Object.entries(spec.bracketQueryParameters).map(([operation, names]) => [
      operation,
      createBracketQuerySerializer(names),
    ]),
  );
  const middleware: Middleware[] = [];
  const setup = {
    baseUrl,
    headers,
    transport: createTransport(transport),
    querySerializer: (operation: string) => serializers.get(operation) ?? plain,
    lasting: (operation: string) => spec.lastingStatuses?.[operation],
    middleware,
  };
  const client: Record<string, unknown> = {
    request: (method: string, path: string, init?: CallInit) =>
      call(setup, method.toUpperCase(), path, init),
    use(...added: Middleware[]) {
      for (const m of added) {
        if (!m) continue;
        if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
          throw new TypeError("use: expected middleware with onRequest, onResponse or onError");
        }
        middleware.push(m);
      }
    },
    eject(...removed: Middleware[]) {
      for (const m of removed) {
        const at = middleware.indexOf(m);
        if (at !== -1) middleware.splice(at, 1);
      }
    },
  };
  for (const method of METHODS) {
    client[method] = (path: string, init?: CallInit) => call(setup, method, path, init);
  }
  return client as unknown as ApiClient<Paths>;
}
