// Next-link pagination follows the links the API gives (cursors too) and refuses a loop;
// an abort stops either style at once, between two items of a page too.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiAbortError,
  createApiClient,
  paginateByNextLink,
  paginateByOffset,
  SpecboundError,
} from "../../src/index.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const meta = { defaultBaseUrl: "http://unused.invalid", bracketQueryParameters: {} };
// biome-ignore lint/suspicious/noExplicitAny: the runtime is path-agnostic here.
const clientOf = (url: string) => createApiClient<any>({ baseUrl: url }, meta);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("next links", () => {
  it("follows opaque cursors exactly as given, never computing a page number", async () => {
    const pages: Record<string, { results: string[]; next: string | null }> = {
      "": { results: ["a", "b"], next: "https://api.example.test/v1/things?cursor=cD0y&size=2" },
      "cursor=cD0y&size=2": {
        results: ["c", "d"],
        next: "https://api.example.test/v1/things?cursor=cD00%3D&size=2",
      },
      "cursor=cD00%3D&size=2": { results: ["e"], next: null },
    };
    const server = await startLoopbackServer((req, res) => {
      const query = req.url.split("?")[1] ?? "";
      const page = pages[query.replace(/^organization_id=o&?/, "")];
      if (page) sendJson(res, 200, { count: 5, previous: null, ...page });
      else sendJson(res, 404, { detail: `no page for ${query}` });
    });
    close = server.close;
    const items = await collect(
      paginateByNextLink(clientOf(server.url).GET, "/v1/things", {
        params: { query: { organization_id: "o" } },
      }),
    );
    expect(items).toEqual(["a", "b", "c", "d", "e"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v1/things?organization_id=o",
      "/v1/things?cursor=cD0y&size=2",
      "/v1/things?cursor=cD00%3D&size=2",
    ]);
  });

  it("keeps the path parameters of the first call", async () => {
    const server = await startLoopbackServer((req, res) =>
      req.url.includes("page=2")
        ? sendJson(res, 200, { results: [2], next: null })
        : sendJson(res, 200, { results: [1], next: "http://x.test/v1/lists/l%201/items?page=2" }),
    );
    close = server.close;
    const items = await collect(
      paginateByNextLink(clientOf(server.url).GET, "/v1/lists/{id}/items", {
        params: { path: { id: "l 1" } },
      }),
    );
    expect(items).toEqual([1, 2]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v1/lists/l%201/items",
      "/v1/lists/l%201/items?page=2",
    ]);
  });

  it("stops with an error when a next link comes back twice", async () => {
    const server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { results: [1], next: "https://api.example.test/v1/things?page=2" }),
    );
    close = server.close;
    const error = await collect(paginateByNextLink(clientOf(server.url).GET, "/v1/things")).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecboundError);
    expect((error as Error).message).toBe(
      "paginate: GET /v1/things answered the next link https://api.example.test/v1/things?page=2 twice; stopped instead of looping",
    );
    expect(server.requests).toHaveLength(2);
  });
});

describe("an abort", () => {
  const styles: Array<[string, typeof paginateByOffset, Record<string, unknown>]> = [
    ["offset", paginateByOffset, { items: [1, 2, 3], total: 100 }],
    ["next link", paginateByNextLink, { results: [1, 2, 3], next: "http://x.test/?page=2" }],
  ];
  it.each(styles)(
    "stops %s pagination mid-page, without another request",
    async (_n, paginate, page) => {
      const server = await startLoopbackServer((_req, res) => sendJson(res, 200, page));
      close = server.close;
      const controller = new AbortController();
      const seen: unknown[] = [];
      const error = await (async () => {
        for await (const item of paginate(clientOf(server.url).GET, "/things", {
          signal: controller.signal,
        })) {
          seen.push(item);
          if (seen.length === 2) controller.abort(new Error("enough"));
        }
      })().catch((e: unknown) => e);
      expect(seen).toEqual([1, 2]);
      expect(error).toBeInstanceOf(ApiAbortError);
      expect((error as ApiAbortError).cause).toEqual(new Error("enough"));
      expect(server.requests).toHaveLength(1);
    },
  );

  it.each(styles)("stops %s pagination while a page is in flight", async (_n, paginate, page) => {
    const controller = new AbortController();
    const server = await startLoopbackServer((_req, res, i) => {
      if (i === 0) sendJson(res, 200, page);
      else controller.abort(new Error("enough")); // and never answers
    });
    close = server.close;
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of paginate(clientOf(server.url).GET, "/things", {
        signal: controller.signal,
      })) {
        seen.push(item);
      }
    })().catch((e: unknown) => e);
    expect(seen).toEqual([1, 2, 3]);
    expect(error).toBeInstanceOf(ApiAbortError);
    expect(server.requests).toHaveLength(2);
  });
});
