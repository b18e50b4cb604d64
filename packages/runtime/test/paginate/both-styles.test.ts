import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  createApiClient,
  paginateByNextLink,
  paginateByOffset,
} from "../../src/index.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const meta = { defaultBaseUrl: "http://unused.invalid", bracketQueryParameters: {} };

/** A list of `total` numbered items served with skip/limit, like Prepr. */
async function offsetServer(total: number) {
  const server = await startLoopbackServer((req, res) => {
    const query = new URL(req.url, "http://x").searchParams;
    const skip = Number(query.get("skip") ?? 0);
    const limit = Number(query.get("limit") ?? 100);
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - skip)) }, (_, i) => ({
      n: skip + i,
    }));
    sendJson(res, 200, { items, total, skip, limit });
  });
  close = server.close;
  return server;
}

/** A list of `total` numbered items served with page/page_size, like Django REST Framework. */
async function pageServer(total: number) {
  const server = await startLoopbackServer((req, res) => {
    const query = new URL(req.url, "http://x").searchParams;
    const page = Number(query.get("page") ?? 1);
    const size = Number(query.get("page_size") ?? 10);
    const start = (page - 1) * size;
    const results = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => ({
      n: start + i,
    }));
    // As Django REST Framework builds it: the request's own URL with the next page number.
    const link = new URL(req.url, "https://api.example.test");
    link.searchParams.set("page", String(page + 1));
    const next = start + size < total ? link.href : null;
    sendJson(res, 200, { count: total, next, previous: null, results });
  });
  close = server.close;
  return server;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

// biome-ignore lint/suspicious/noExplicitAny: the runtime is path-agnostic here.
const clientOf = (url: string) => createApiClient<any>({ baseUrl: url }, meta);

describe("offset pagination (skip/limit)", () => {
  const cases: Array<
    [string, { total: number; limit: number; maxItems?: number; want: number; requests: number }]
  > = [
    ["empty list", { total: 0, limit: 10, want: 0, requests: 1 }],
    ["exact pages", { total: 30, limit: 10, want: 30, requests: 3 }],
    ["last page short", { total: 25, limit: 10, want: 25, requests: 3 }],
    ["maxItems cuts mid-page", { total: 25, limit: 10, maxItems: 12, want: 12, requests: 2 }],
    ["maxItems 0", { total: 25, limit: 10, maxItems: 0, want: 0, requests: 0 }],
  ];
  it.each(cases)("%s", async (_name, { total, limit, maxItems, want, requests }) => {
    const server = await offsetServer(total);
    const client = clientOf(server.url);
    const items = await collect(
      paginateByOffset<{ n: number }>(client.GET, "/things", {
        params: { query: { limit, filter: "kept" } },
        ...(maxItems === undefined ? {} : { maxItems }),
      }),
    );
    expect(items.map((i) => i.n)).toEqual(Array.from({ length: want }, (_, i) => i));
    expect(server.requests).toHaveLength(requests);
    for (const r of server.requests) expect(r.url).toContain(`limit=${limit}&filter=kept`);
  });

  it("fetches lazily: the next page only when the current one is consumed", async () => {
    const server = await offsetServer(30);
    const iterator = paginateByOffset(clientOf(server.url).GET, "/things", {
      params: { query: { limit: 10 } },
    });
    await iterator.next();
    expect(server.requests).toHaveLength(1);
    for (let i = 0; i < 10; i++) await iterator.next();
    expect(server.requests).toHaveLength(2);
  });

  it("throws ApiError when a page fails", async () => {
    const server = await startLoopbackServer((_req, res) =>
      sendJson(res, 400, { message: "bad limit" }),
    );
    close = server.close;
    await expect(
      collect(paginateByOffset(clientOf(server.url).GET, "/things")),
    ).rejects.toBeInstanceOf(ApiError);
  });
});

describe("next-link pagination (Django REST Framework)", () => {
  const cases: Array<
    [string, { total: number; size: number; maxItems?: number; want: number; requests: number }]
  > = [
    ["empty list", { total: 0, size: 10, want: 0, requests: 1 }],
    ["exact pages", { total: 30, size: 10, want: 30, requests: 3 }],
    ["last page short", { total: 25, size: 10, want: 25, requests: 3 }],
    ["maxItems cuts mid-page", { total: 25, size: 10, maxItems: 15, want: 15, requests: 2 }],
  ];
  it.each(cases)("%s", async (_name, { total, size, maxItems, want, requests }) => {
    const server = await pageServer(total);
    const items = await collect(
      paginateByNextLink<{ n: number }>(clientOf(server.url).GET, "/v1/things", {
        params: { query: { page_size: size, organization_id: "org" } },
        ...(maxItems === undefined ? {} : { maxItems }),
      }),
    );
    expect(items.map((i) => i.n)).toEqual(Array.from({ length: want }, (_, i) => i));
    expect(server.requests).toHaveLength(requests);
    for (const r of server.requests)
      expect(r.url).toContain(`page_size=${size}&organization_id=org`);
  });
});
