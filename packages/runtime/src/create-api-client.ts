import createClient, { type Client } from "openapi-fetch";
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
  /** `"GET /publications": "model status tags"`: parameters to send in bracket notation. */
  bracketQueryParameters: Readonly<Record<string, string>>;
}

/**
 * An openapi-fetch client typed with a spec's `paths`, sending through the retrying,
 * timing-out, authenticating transport, and encoding the query parameters that the
 * spec marks `x-query-encoding: brackets` in bracket notation.
 */
export function createApiClient<Paths extends {}>(
  options: ClientOptions & Pick<TransportOptions, "sleep" | "now" | "random">,
  spec: SpecMeta,
): Client<Paths, `${string}/${string}`> {
  const { baseUrl = spec.defaultBaseUrl, headers, ...transport } = options;
  const client = createClient<Paths>({
    baseUrl,
    headers,
    fetch: createTransport(transport),
  });
  encodeBracketQueries(client, spec.bracketQueryParameters);
  return client;
}

type Init = Record<string, unknown> | undefined;
// biome-ignore lint/suspicious/noExplicitAny: openapi-fetch's methods, seen untyped.
type AnyMethod = (...args: any[]) => Promise<unknown>;

// Only the methods and paths the spec marks are wrapped; every other call goes to
// openapi-fetch untouched. `request(method, path, init)` is covered as well as `GET`.
function encodeBracketQueries(client: object, marked: SpecMeta["bracketQueryParameters"]): void {
  const serializers = new Map(
    Object.entries(marked).map(([operation, names]) => [
      operation,
      createBracketQuerySerializer(names.split(" ")),
    ]),
  );
  if (serializers.size === 0) return;
  const withSerializer = (method: string, path: string, init: Init): Init => {
    const querySerializer = serializers.get(`${method.toUpperCase()} ${path}`);
    return querySerializer && !init?.querySerializer ? { ...init, querySerializer } : init;
  };
  const methods = client as Record<string, AnyMethod>;
  for (const method of new Set(Object.keys(marked).map((operation) => operation.split(" ")[0]))) {
    const send = methods[method as string] as AnyMethod;
    methods[method as string] = (path: string, init: Init) =>
      send(path, withSerializer(method as string, path, init));
  }
  const request = methods.request as AnyMethod;
  methods.request = (method: string, path: string, init: Init) =>
    request(method, path, withSerializer(method, path, init));
}
