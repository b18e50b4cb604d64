// Lazy iteration over list endpoints: one page in memory at a time, the next fetched
// only when the caller has consumed the current one. Two styles: Prepr's offsets
// (`skip`/`limit`, ending at `total`) and Django REST Framework's page numbers
// (`page`/`page_size`, ending when `next` is null).
import { type FetchResult, unwrap } from "./unwrap.js";

export interface PaginateOptions {
  /** Stop after this many items, however many pages that takes. */
  maxItems?: number;
}

// Each client types its own init; here only `params.query` is looked at.
interface ListInit {
  params?: object;
}

// The one call paginate needs; typed loosely here, strictly at each client's surface.
// biome-ignore lint/suspicious/noExplicitAny: the clients pass their typed GET.
type GetPage = (path: any, init: any) => Promise<FetchResult<unknown, unknown>>;

function queryOf(init: ListInit): Record<string, unknown> {
  return (init.params as { query?: Record<string, unknown> } | undefined)?.query ?? {};
}

function withQuery(init: ListInit, query: Record<string, unknown>) {
  return { ...init, params: { ...init.params, query } };
}

function checkMaxItems(maxItems: number): number {
  if (!(maxItems >= 0)) throw new TypeError(`maxItems: expected a number >= 0, got ${maxItems}`);
  return maxItems;
}

/** How a list pages: where the first page is, how to ask for a page, how to read one. */
interface PagingStyle<Body> {
  /** The first page's position, from the caller's query. */
  first(query: Record<string, unknown>): number;
  /** The caller's query, asking for the page at `position`. */
  query(query: Record<string, unknown>, position: number): Record<string, unknown>;
  /** The page's items, and the next page's position (undefined after the last page). */
  read(body: Body, position: number): { items: unknown[] | undefined; next: number | undefined };
}

async function* paginate<Item, Body>(
  style: PagingStyle<Body>,
  get: GetPage,
  path: string,
  init: ListInit & PaginateOptions,
): AsyncGenerator<Item, void, undefined> {
  const { maxItems = Infinity, ...rest } = init;
  let remaining = checkMaxItems(maxItems);
  const query = queryOf(rest);
  let position: number | undefined = style.first(query);
  while (remaining > 0 && position !== undefined) {
    const body = unwrap(await get(path, withQuery(rest, style.query(query, position)))) as Body;
    const page = style.read(body, position);
    const items = (page.items ?? []) as Item[];
    for (const item of items) {
      yield item;
      if (--remaining === 0) return;
    }
    position = items.length === 0 ? undefined : page.next;
  }
}

type OffsetPage = { items?: unknown[]; total?: number };
type NumberedPage = { results?: unknown[]; next?: string | null };

const byOffset: PagingStyle<OffsetPage> = {
  first: (query) => Number(query.skip ?? 0),
  query: (query, skip) => ({ ...query, skip }),
  read: (body, skip) => {
    const next = skip + (body.items?.length ?? 0);
    return {
      items: body.items,
      next: next < (body.total ?? Infinity) ? next : undefined,
    };
  },
};

const byPageNumber: PagingStyle<NumberedPage> = {
  first: (query) => Number(query.page ?? 1),
  query: (query, page) => ({ ...query, page }),
  read: (body, page) => ({ items: body.results, next: body.next ? page + 1 : undefined }),
};

/** Pages by `skip`/`limit` (Prepr); stops after `total` items or at an empty page. */
export function paginateByOffset<Item>(
  get: GetPage,
  path: string,
  init: ListInit & PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  return paginate<Item, OffsetPage>(byOffset, get, path, init);
}

/** Pages by `page` from 1 (Django REST Framework); stops when `next` is null or at an empty page. */
export function paginateByPageNumber<Item>(
  get: GetPage,
  path: string,
  init: ListInit & PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  return paginate<Item, NumberedPage>(byPageNumber, get, path, init);
}
