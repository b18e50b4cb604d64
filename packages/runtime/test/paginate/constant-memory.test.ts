// paginate holds one page at a time: iterating 100,000 items through a real HTTP
// server keeps the heap flat, where collecting the same items grows it by megabytes.
import { sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, paginateByOffset } from "../../src/index.js";

const TOTAL = 100_000;
const PAGE = 1_000;

const gc = (globalThis as { gc?: () => void }).gc;
function heapAfterGc(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

let close: () => Promise<void>;
let url: string;
beforeAll(async () => {
  const server = await startLoopbackServer((req, res) => {
    const query = new URL(req.url, "http://x").searchParams;
    const skip = Number(query.get("skip"));
    const limit = Number(query.get("limit"));
    const items = Array.from({ length: Math.min(limit, TOTAL - skip) }, (_, i) => ({
      id: `item-${skip + i}`,
      body: `The body of item number ${skip + i}, long enough to weigh something`,
    }));
    sendJson(res, 200, { items, total: TOTAL, skip, limit });
  });
  close = server.close;
  url = server.url;
});
afterAll(async () => close?.());

function items() {
  // biome-ignore lint/suspicious/noExplicitAny: the runtime is path-agnostic here.
  const client = createApiClient<any>(
    { baseUrl: url },
    { defaultBaseUrl: url, bracketQueryParameters: {} },
  );
  return paginateByOffset<{ id: string }>(client.GET, "/items", {
    params: { query: { limit: PAGE } },
  });
}

describe("paginate memory", () => {
  it("stays flat over 100,000 items, and the measure can tell", async () => {
    expect(gc, "run with --expose-gc (vitest.config.ts)").toBeTypeOf("function");
    let count = 0;
    let peak = 0;
    const before = heapAfterGc();
    for await (const item of items()) {
      count += 1;
      if (count % (10 * PAGE) === 0) peak = Math.max(peak, heapAfterGc() - before);
      expect(item.id).toBe(`item-${count - 1}`);
    }
    expect(count).toBe(TOTAL);
    const kept: unknown[] = [];
    const beforeKeeping = heapAfterGc();
    for await (const item of items()) kept.push(item);
    const keeping = heapAfterGc() - beforeKeeping;

    expect(kept).toHaveLength(TOTAL);
    expect(keeping).toBeGreaterThan(10 * 1024 * 1024);
    expect(peak).toBeLessThan(keeping / 4);
    expect(peak).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);
});
