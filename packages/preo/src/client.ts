import {
  type ClientOptions,
  createApiClient,
  type ListItem,
  type ListPath,
  type PaginateOptions,
  paginateByPageNumber,
} from "@specbound/runtime";
import type { Client, MaybeOptionalInit } from "openapi-fetch";
import type { paths, Readable } from "./generated/schema.js";
import { bracketQueryParameters, defaultBaseUrl } from "./generated/spec-meta.js";

/** Options of `createPreoClient`: `token`, `baseUrl`, `fetch`, `timeoutMs`, `maxRetries`, `headers`, `userAgent`. */
export type PreoClientOptions = ClientOptions;

/** Paths whose GET answers a list envelope `{ count, next, previous, results }`. */
export type PreoListPath = ListPath<paths, "results">;

/** The type of one item of the list at `P`. */
export type PreoListItem<P extends PreoListPath> = Readable<ListItem<paths, P, "results">>;

export type PreoPaginateInit<P extends PreoListPath> = MaybeOptionalInit<paths[P], "get"> &
  PaginateOptions;

export interface PreoClient extends Client<paths, `${string}/${string}`> {
  /**
   * Every item of a list, fetched page by page (`page`/`page_size`) as you iterate,
   * until `next` is null. Your `page_size`, filters and other query parameters apply to
   * every page; `maxItems` stops early. Throws `ApiError` if a page fails.
   */
  paginate<P extends PreoListPath>(
    path: P,
    init: PreoPaginateInit<P>,
  ): AsyncGenerator<PreoListItem<P>, void, undefined>;
}

/** A typed client for the Preo API. */
export function createPreoClient(options: PreoClientOptions = {}): PreoClient {
  const client = createApiClient<paths>(
    { userAgent: "specbound-preo", ...options },
    { defaultBaseUrl, bracketQueryParameters },
  );
  return Object.assign(client, {
    paginate<P extends PreoListPath>(path: P, init: PreoPaginateInit<P>) {
      return paginateByPageNumber<PreoListItem<P>>(client.GET, path, init);
    },
  });
}
