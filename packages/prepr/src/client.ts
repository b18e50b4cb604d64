import {
  type ClientOptions,
  createApiClient,
  type PaginateOptions,
  paginateByOffset,
} from "@specbound/runtime";
import type { Client, MaybeOptionalInit } from "openapi-fetch";
import type { paths, Readable } from "./generated/schema.js";
import * as spec from "./generated/spec-meta.js";

/** Options of `createPreprClient`: `token`, `baseUrl`, `fetch`, `timeoutMs`, `maxRetries`, `headers`, `userAgent`. */
export type PreprClientOptions = ClientOptions;

type JsonBody<Response> = Response extends { content: { "application/json": infer Body } }
  ? Body
  : never;
type ListBody<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } }
  ? JsonBody<R>
  : never;

/** Paths whose GET answers a list envelope `{ items, total, skip, limit, ... }`. */
export type PreprListPath = {
  [P in keyof paths]: ListBody<P> extends { items: readonly unknown[] } ? P : never;
}[keyof paths];

/** The type of one item of the list at `P`. */
export type PreprListItem<P extends PreprListPath> = Readable<
  ListBody<P> extends { items: readonly (infer Item)[] } ? Item : never
>;

export type PreprPaginateInit<P extends PreprListPath> = NonNullable<
  MaybeOptionalInit<paths[P], "get">
> &
  PaginateOptions;

export interface PreprClient extends Client<paths, `${string}/${string}`> {
  /**
   * Every item of a list, fetched page by page (`skip`/`limit`) as you iterate, until
   * `total` is reached. Your `limit`, filters and other query parameters apply to every
   * page; `maxItems` stops early. Throws `ApiError` if a page fails.
   */
  paginate<P extends PreprListPath>(
    path: P,
    init?: PreprPaginateInit<P>,
  ): AsyncGenerator<PreprListItem<P>, void, undefined>;
}

/** A typed client for the Prepr REST API. */
export function createPreprClient(options: PreprClientOptions = {}): PreprClient {
  const client = createApiClient<paths>({ userAgent: "specbound-prepr", ...options }, spec);
  return Object.assign(client, {
    paginate<P extends PreprListPath>(path: P, init?: PreprPaginateInit<P>) {
      return paginateByOffset<PreprListItem<P>>(client.GET, path, init);
    },
  });
}
