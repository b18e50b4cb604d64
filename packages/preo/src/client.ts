import {
  type ApiClient,
  type CallInit,
  type ClientOptions,
  createApiClient,
  type ListItem,
  type ListPath,
  type PaginateOptions,
  paginateByNextLink,
} from "@specbound/runtime";
import type { paths, Readable } from "./generated/schema.js";
import { bracketQueryParameters, defaultBaseUrl, lastingStatuses } from "./generated/spec-meta.js";

/**
 * Options of `createPreoClient`: `token` (default: `PREO_TOKEN`), `authScheme` (default
 * `"Bearer"`, inferred: set it if your account's keys use another scheme), `baseUrl`,
 * `fetch`, `timeoutMs`, `maxRetries`, `headers`, `userAgent`, `logger`, `logLevel`.
 */
export type PreoClientOptions = ClientOptions;

/** Paths whose GET answers a list envelope `{ count, next, previous, results }`. */
export type PreoListPath = ListPath<paths, "results">;

/** The type of one item of the list at `P`. */
export type PreoListItem<P extends PreoListPath> = Readable<ListItem<paths, P, "results">>;

export type PreoPaginateInit<P extends PreoListPath> = CallInit<paths[P]["get"]> & PaginateOptions;

export interface PreoClient extends ApiClient<paths> {
  /**
   * Every item of a list, fetched page by page as you iterate: each next request follows
   * the `next` link of the page before (its query string, on this client's base URL)
   * until `next` is null. Your `page_size`, filters and other query parameters apply to
   * the first page, and the API carries them into its links; `maxItems` stops early, and
   * an abort of your `signal` stops at once. Throws the `ApiError` of the status if a
   * page fails, and a `SpecboundError` if the API repeats a `next` link.
   */
  paginate<P extends PreoListPath>(
    path: P,
    init: PreoPaginateInit<P>,
  ): AsyncGenerator<PreoListItem<P>, void, undefined>;
}

/**
 * A typed client for the Preo API. The token is `options.token`, else the `PREO_TOKEN`
 * environment variable; with neither, this throws (pass `token: null` to send no
 * `Authorization` header).
 */
export function createPreoClient(options: PreoClientOptions = {}): PreoClient {
  const client = createApiClient<paths>(
    { userAgent: "specbound-preo", ...options },
    { defaultBaseUrl, bracketQueryParameters, lastingStatuses },
    { name: "createPreoClient", tokenVariable: "PREO_TOKEN" },
  );
  return Object.assign(client, {
    paginate<P extends PreoListPath>(path: P, init: PreoPaginateInit<P>) {
      return paginateByNextLink<PreoListItem<P>>(client.GET, path, init);
    },
  });
}
