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
  if (!(maxItems >= 0)) throw new TypeError(`maxItems: expected a number ≥ 0, got ${maxItems}`);
  return maxItems;
}

/** Pages by `skip`/`limit`; stops after `total` items or at an empty page. */
export async function* paginateByOffset<Item>(
  get: GetPage,
  path: string,
  init: ListInit & PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const { maxItems = Number.POSITIVE_INFINITY, ...rest } = init;
  let remaining = checkMaxItems(maxItems);
  const query = queryOf(rest);
  let skip = Number(query.skip ?? 0);
  while (remaining > 0) {
    const page = unwrap(await get(path, withQuery(rest, { ...query, skip }))) as {
      items?: Item[];
      total?: number;
    };
    const items = page.items ?? [];
    for (const item of items) {
      yield item;
      if (--remaining === 0) return;
    }
    skip += items.length;
    if (items.length === 0 || skip >= (page.total ?? Number.POSITIVE_INFINITY)) return;
  }
}

/** Pages by `page` (from 1); stops when `next` is null or at an empty page. */
export async function* paginateByPageNumber<Item>(
  get: GetPage,
  path: string,
  init: ListInit & PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const { maxItems = Number.POSITIVE_INFINITY, ...rest } = init;
  let remaining = checkMaxItems(maxItems);
  const query = queryOf(rest);
  let page = Number(query.page ?? 1);
  while (remaining > 0) {
    const body = unwrap(await get(path, withQuery(rest, { ...query, page }))) as {
      results?: Item[];
      next?: string | null;
    };
    const results = body.results ?? [];
    for (const item of results) {
      yield item;
      if (--remaining === 0) return;
    }
    if (results.length === 0 || !body.next) return;
    page += 1;
  }
}
