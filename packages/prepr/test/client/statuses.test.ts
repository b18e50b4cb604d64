import { readFileSync } from "node:fs";
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { createPreprClient, type Status, unwrap } from "../../src/index.js";

const statusesExample = JSON.parse(
  readFileSync(
    new URL("../../../../specs/prepr/examples/statuses.list.200.json", import.meta.url),
    "utf8",
  ),
).value;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await close?.();
});

describe("createPreprClient", () => {
  it("takes its token from PREPR_TOKEN, and refuses to start without one", async () => {
    vi.stubEnv("PREPR_TOKEN", "");
    expect(() => createPreprClient()).toThrow(
      "token: createPreprClient needs a token. Pass { token } or set PREPR_TOKEN; pass { token: null } to send no Authorization header.",
    );
    vi.stubEnv("PREPR_TOKEN", "env-token");
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, statusesExample));
    close = server.close;
    await createPreprClient({ baseUrl: server.url }).GET("/statuses");
    expect(server.requests[0]?.headers.authorization).toBe("Bearer env-token");
  });

  it("defaults to the spec's server", async () => {
    const urls: string[] = [];
    const client = createPreprClient({
      token: "t",
      fetch: async (url) => {
        urls.push(url);
        return new Response(JSON.stringify({ message: "ok" }), {
          headers: { "content-type": "application/json" },
        });
      },
    });
    await client.GET("/health");
    expect(urls).toEqual(["https://api.eu1.prepr.io/health"]);
  });

  it("lists statuses with the token as a bearer header", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, statusesExample));
    close = server.close;
    const client = createPreprClient({ baseUrl: server.url, token: "prepr-token" });
    const page = unwrap(await client.GET("/statuses", { params: { query: { limit: 25 } } }));
    expectTypeOf(page.items).toEqualTypeOf<Status[]>();
    expect(page.items.map((s) => s.body)).toContain("To do");
    expect(server.requests[0]?.url).toBe("/statuses?limit=25");
    expect(server.requests[0]?.headers.authorization).toBe("Bearer prepr-token");
    expect(server.requests[0]?.headers["user-agent"]).toBe("specbound-prepr");
  });

  it("paginates statuses with skip and limit until total", async () => {
    const all = statusesExample.items as Status[];
    const server = await startLoopbackServer((req, res) => {
      const query = new URL(req.url, "http://x").searchParams;
      const skip = Number(query.get("skip"));
      const limit = Number(query.get("limit"));
      sendJson(res, 200, { items: all.slice(skip, skip + limit), total: all.length, skip, limit });
    });
    close = server.close;
    const client = createPreprClient({ baseUrl: server.url, token: "t" });
    const bodies: string[] = [];
    for await (const status of client.paginate("/statuses", { params: { query: { limit: 3 } } })) {
      expectTypeOf(status).toEqualTypeOf<Status>();
      bodies.push(status.body);
    }
    expect(bodies).toEqual(all.map((s) => s.body));
    expect(server.requests.map((r) => r.url)).toEqual([
      "/statuses?limit=3",
      "/statuses?limit=3&skip=3",
      "/statuses?limit=3&skip=6",
    ]);
  });
});
