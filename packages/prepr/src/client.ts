import {
  type ApiClient,
  type CallInit,
  type ClientOptions,
  createApiClient,
  type ListItem,
  type ListPath,
  type PaginateOptions,
  paginateByOffset,
} from "@specbound/runtime";
import type { paths, Readable } from "./generated/schema.js";
import { bracketQueryParameters, defaultBaseUrl, lastingStatuses } from "./generated/spec-meta.js";

/**
 * Options of `createPreprClient`: `token` (default: `PREPR_TOKEN`), `baseUrl`, `fetch`,
 * `timeoutMs`, `maxRetries`, `headers`, `userAgent`, `authScheme`, `logger`, `logLevel`.
 */
export type PreprClientOptions = ClientOptions;

/** Paths whose GET answers a list envelope `{ items, total, skip, limit, ... }`. */
export type PreprListPath = ListPath<paths, "items">;

/** The type of one item of the list at `P`. */
export type PreprListItem<P extends PreprListPath> = Readable<ListItem<paths, P, "items">>;

export type PreprPaginateInit<P extends PreprListPath> = CallInit<paths[P]["get"]> &
  PaginateOptions;

export interface PreprClient extends ApiClient<paths> {
  /**
   * Every item of a list, fetched page by page (`skip`/`limit`) as you iterate, until
   * `total` is reached. Your `limit`, filters and other query parameters apply to every
   * page; `maxItems` stops early, and an abort of your `signal` stops at once. Throws the
   * `ApiError` of the status if a page fails.
   */
  paginate<P extends PreprListPath>(
    path: P,
    init?: PreprPaginateInit<P>,
  ): AsyncGenerator<PreprListItem<P>, void, undefined>;
}

/**
 * A typed client for the Prepr REST API. The token is `options.token`, else the
 * `PREPR_TOKEN` environment variable; with neither, this throws (pass `token: null` to
 * send no `Authorization` header).
 */
export function createPreprClient(options: PreprClientOptions = {}): PreprClient {
  const client = createApiClient<paths>(
    { userAgent: "specbound-prepr", ...options },
    { defaultBaseUrl, bracketQueryParameters, lastingStatuses },
    { name: "createPreprClient", tokenVariable: "PREPR_TOKEN" },
  );
  return Object.assign(client, {
    paginate<P extends PreprListPath>(path: P, init?: PreprPaginateInit<P>) {
      return paginateByOffset<PreprListItem<P>>(client.GET, path, init);
    },
  });
}
