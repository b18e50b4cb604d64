import { readFileSync } from "node:fs";
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { createPreoClient, type File, unwrap } from "../../src/index.js";

const listExample = JSON.parse(
  readFileSync(
    new URL("../../../../specs/preo/examples/files.list.200.json", import.meta.url),
    "utf8",
  ),
).value;

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("createPreoClient", () => {
  it("defaults to the spec's server", async () => {
    const urls: string[] = [];
    const client = createPreoClient({
      token: "t",
      fetch: async (url) => {
        urls.push(url);
        return new Response(null, { status: 204 });
      },
    });
    await client.DELETE("/v1/files/{id}", {
      params: { path: { id: "f 1" }, query: { force: true } },
    });
    expect(urls).toEqual(["https://api.preo.dev/v1/files/f%201?force=true"]);
  });

  it("lists files with the required organization_id", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, listExample));
    close = server.close;
    const client = createPreoClient({ baseUrl: server.url, token: "t" });
    const page = unwrap(
      await client.GET("/v1/files", {
        params: {
          query: { organization_id: "org-1", ordering: "-created_at", tags: "product,event" },
        },
      }),
    );
    expect(page.count).toBe(123);
    expect(server.requests[0]?.url).toBe(
      "/v1/files?organization_id=org-1&ordering=-created_at&tags=product%2Cevent",
    );
  });

  it("paginates files page by page until next is null", async () => {
    const server = await startLoopbackServer((req, res) => {
      // The links Django REST Framework writes: this request's URL with the next page.
      const link = new URL(req.url, "https://api.preo.dev");
      const page = Number(link.searchParams.get("page") ?? 1);
      link.searchParams.set("page", String(page + 1));
      const item = { ...listExample.results[0], api_id: `file-${page}` };
      sendJson(res, 200, {
        count: 3,
        next: page < 3 ? link.href : null,
        previous: null,
        results: [item],
      });
    });
    close = server.close;
    const client = createPreoClient({ baseUrl: server.url, token: "t" });
    const ids: string[] = [];
    for await (const file of client.paginate("/v1/files", {
      params: { query: { organization_id: "org-1", page_size: 1 } },
    })) {
      expectTypeOf(file).toEqualTypeOf<File>();
      ids.push(file.api_id);
    }
    expect(ids).toEqual(["file-1", "file-2", "file-3"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v1/files?organization_id=org-1&page_size=1",
      "/v1/files?organization_id=org-1&page_size=1&page=2",
      "/v1/files?organization_id=org-1&page_size=1&page=3",
    ]);
  });
});
