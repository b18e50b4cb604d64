// Lazy iteration over list endpoints: one page in memory at a time, the next fetched
// only when the caller has consumed the current one. Two styles: Prepr's offsets
// (`skip`/`limit`, ending at `total`) and Django REST Framework's links (each page names
// the `next` one, ending when `next` is null). An abort of the caller's `signal` stops
// either at once, between two items of a page too.
import { ApiAbortError, redactUrl, SpecboundError } from "./errors.js";
import { type FetchResult, unwrap } from "./unwrap.js";

export interface PaginateOptions {
  /** Stop after this many items, however many pages that takes. */
  maxItems?: number | undefined;
}

// Each client types its own init; here only `params.query` and `signal` are looked at.
interface ListInit {
  params?: object | undefined;
  signal?: AbortSignal | null | undefined;
}

// The one call paginate needs; typed loosely here, strictly at each client's surface.
// biome-ignore lint/suspicious/noExplicitAny: the clients pass their typed GET.
type GetPage = (path: any, init: any) => Promise<FetchResult<unknown, unknown>>;

/** What one page gave: its items, and how to ask for the next (undefined after the last). */
interface Page {
  items: unknown[] | undefined;
  next: Record<string, unknown> | undefined;
}

/** How a list pages: reads a page's body and says what to add to the init for the next. */
type ReadPage = (body: never, init: ListInit) => Page;

function checkMaxItems(maxItems: number): number {
  if (!(maxItems >= 0)) throw new TypeError(`maxItems: expected a number >= 0, got ${maxItems}`);
  return maxItems;
}

async function* paginate<Item>(
  read: ReadPage,
  get: GetPage,
  path: string,
  init: ListInit & PaginateOptions,
): AsyncGenerator<Item, void, undefined> {
  const { maxItems = Infinity, ...first } = init;
  let remaining = checkMaxItems(maxItems);
  const signal = first.signal ?? undefined;
  let request: ListInit | undefined = first;
  while (remaining > 0 && request !== undefined) {
    const result = await get(path, request);
    const page = read(unwrap(result) as never, request);
    const items = (page.items ?? []) as Item[];
    for (const item of items) {
      if (signal?.aborted) {
        throw new ApiAbortError({ method: "GET", url: result.response.url, reason: signal.reason });
      }
      yield item;
      if (--remaining === 0) return;
    }
    request =
      items.length === 0 || page.next === undefined ? undefined : { ...first, ...page.next };
  }
}

const queryOf = (init: ListInit) =>
  (init.params as { query?: Record<string, unknown> } | undefined)?.query ?? {};

type OffsetPage = { items?: unknown[]; total?: number };

/** Pages by `skip`/`limit` (Prepr); stops after `total` items or at an empty page. */
export function paginateByOffset<Item>(
  get: GetPage,
  path: string,
  init: ListInit & PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const read = (body: OffsetPage, request: ListInit): Page => {
    const query = queryOf(request);
    const skip = Number(query.skip ?? 0) + (body.items?.length ?? 0);
    return {
      items: body.items,
      next:
        skip < (body.total ?? Infinity)
          ? { params: { ...request.params, query: { ...query, skip } } }
          : undefined,
    };
  };
  return paginate<Item>(read as ReadPage, get, path, init);
}

type LinkedPage = { results?: unknown[]; next?: string | null };

/**
 * Follows each page's `next` link (Django REST Framework) until it is null: the next
 * request is the same operation with the query string of `next`, exactly as the API gave
 * it (page numbers, cursors, ...), on the client's base URL. A `next` link seen twice is
 * an error, not an endless loop.
 */
export function paginateByNextLink<Item>(
  get: GetPage,
  path: string,
  init: ListInit & PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set<string>();
  const read = (body: LinkedPage, request: ListInit): Page => {
    const link = body.next;
    if (typeof link !== "string" || link === "") return { items: body.results, next: undefined };
    if (seen.has(link)) {
      throw new SpecboundError(
        `paginate: GET ${path} answered the next link ${redactUrl(link)} twice; stopped instead of looping`,
      );
    }
    seen.add(link);
    const query = new URL(link, "http://next.invalid").search.slice(1);
    return {
      items: body.results,
      next: {
        // The path parameters stay; the query is the link's, sent as it is.
        params: { path: (request.params as { path?: unknown } | undefined)?.path },
        querySerializer: () => query,
      },
    };
  };
  return paginate<Item>(read as ReadPage, get, path, init);
}
