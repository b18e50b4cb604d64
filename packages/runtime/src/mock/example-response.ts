// The answer to a valid request: the operation's success example, with a list example's
// items paged the way the API pages them. Prepr pages by offset (`skip`, `limit`, and the
// list's `total`), Preo by page number (`page`, `page_size`, and `count`/`next`/`previous`
// links, as Django REST framework writes them).
import type { SpecOperation } from "./spec-operations.js";

type Json = Record<string, unknown>;

function hasQuery(operation: SpecOperation, name: string): boolean {
  return operation.parameters.some((p) => p.in === "query" && p.name === name);
}

/** The spec's `default` of a query parameter, when it states one. */
function defaultOf(operation: SpecOperation, name: string): unknown {
  return operation.parameters.find((p) => p.in === "query" && p.name === name)?.schema.default;
}

function integer(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) ? value : fallback;
}

function offsetPage(operation: SpecOperation, example: Json, items: unknown[], query: Json): Json {
  const skip = integer(query.skip, 0);
  const limit = integer(query.limit, integer(defaultOf(operation, "limit"), items.length));
  return { ...example, items: items.slice(skip, skip + limit), total: items.length, skip, limit };
}

function numberedPage(
  operation: SpecOperation,
  example: Json,
  results: unknown[],
  query: Json,
  url: URL,
): Json {
  const page = integer(query.page, 1);
  // No page size is documented for Preo: without one, the example is a single page.
  const size = integer(
    query.page_size,
    integer(defaultOf(operation, "page_size"), Math.max(results.length, 1)),
  );
  const link = (to: number) => {
    const target = new URL(url);
    target.searchParams.set("page", String(to));
    return target.href;
  };
  const last = Math.max(1, Math.ceil(results.length / size));
  return {
    ...example,
    count: results.length,
    next: page < last ? link(page + 1) : null,
    previous: page > 1 ? link(Math.min(page - 1, last)) : null,
    results: results.slice((page - 1) * size, page * size),
  };
}

/** The body of the success example, paged when the operation is a list. */
export function exampleBody(operation: SpecOperation, query: Json, url: URL): unknown {
  const { example } = operation.success;
  if (example === null || typeof example !== "object" || Array.isArray(example)) return example;
  const body = example as Json;
  if (Array.isArray(body.items) && hasQuery(operation, "skip") && hasQuery(operation, "limit")) {
    return offsetPage(operation, body, body.items, query);
  }
  if (Array.isArray(body.results) && hasQuery(operation, "page")) {
    return numberedPage(operation, body, body.results, query, url);
  }
  return body;
}

/** The success response for a valid request. */
export function exampleResponse(operation: SpecOperation, query: Json, url: URL): Response {
  const { status, contentType } = operation.success;
  if (contentType === undefined || status === 204) return new Response(null, { status });
  const body = exampleBody(operation, query, url);
  const text =
    typeof body === "string" && !/json/.test(contentType) ? body : JSON.stringify(body ?? null);
  return new Response(text, { status, headers: { "content-type": contentType } });
}
