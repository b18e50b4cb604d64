// createApiClient sends the parameters the spec marks in bracket notation, on the marked
// operations only, through GET as through request().
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/index.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const filter = { tags: [{ in: ["a", "b"], param: "Id" }], limit: 5 };
const bracketed =
  "tags%5B0%5D%5Bin%5D%5B0%5D=a&tags%5B0%5D%5Bin%5D%5B1%5D=b&tags%5B0%5D%5Bparam%5D=Id&limit=5";

describe("bracket-encoded parameters", () => {
  it("are encoded where the spec marks them, and only there", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 200, {}));
    close = server.close;
    // biome-ignore lint/suspicious/noExplicitAny: the wiring is path-agnostic.
    const client = createApiClient<any>(
      { baseUrl: server.url },
      { defaultBaseUrl: server.url, bracketQueryParameters: { "GET /things": ["tags", "other"] } },
    );
    await client.GET("/things", { params: { query: filter } });
    await client.request("get", "/things", { params: { query: filter } });
    await client.GET("/plain", { params: { query: { ids: ["x", "y"] } } });
    expect(server.requests.map((r) => r.url)).toEqual([
      `/things?${bracketed}`,
      `/things?${bracketed}`,
      "/plain?ids=x&ids=y",
    ]);
  });
});
