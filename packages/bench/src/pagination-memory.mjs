// @ts-check
// Heap growth while iterating PAGED_TOTAL items through createPreprClient(...).paginate
// against the loopback server. paginate holds one page at a time, so the heap, measured after
// a forced GC at every page boundary, should stay flat however many items go by.
// Needs `node --expose-gc`.
import { createPreprClient } from "@specbound/prepr";
import { runWhenMain } from "./bench-process.mjs";
import { PAGED_TOTAL, startFixtureServer } from "./fixture-server.mjs";

const PAGE_SIZE = 1000;
const MB = 1024 * 1024;

function heapAfterGc() {
  if (typeof globalThis.gc !== "function") throw new Error("run node with --expose-gc");
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

export async function measurePaginationMemory() {
  const server = await startFixtureServer();
  try {
    const prepr = createPreprClient({ baseUrl: server.url, token: "bench-token" });
    const init = { params: { query: { limit: PAGE_SIZE } } };
    // Two pages first, so that what loads or fills on first use is in the baseline.
    for await (const _ of prepr.paginate("/statuses", { ...init, maxItems: 2 * PAGE_SIZE })) {
    }
    const baseline = heapAfterGc();
    let peak = baseline;
    let items = 0;
    let lastId = "";
    const start = performance.now();
    for await (const item of prepr.paginate("/statuses", init)) {
      lastId = item.id;
      if (++items % PAGE_SIZE === 0) peak = Math.max(peak, heapAfterGc());
    }
    const seconds = (performance.now() - start) / 1000;
    if (items !== PAGED_TOTAL || !lastId.endsWith(String(PAGED_TOTAL - 1))) {
      throw new Error(`paginate returned ${items} items, the last ${lastId}`);
    }
    return {
      items,
      pageSize: PAGE_SIZE,
      seconds,
      baselineMB: baseline / MB,
      peakGrowthMB: (peak - baseline) / MB,
      finalGrowthMB: (heapAfterGc() - baseline) / MB,
    };
  } finally {
    server.close();
  }
}

await runWhenMain(import.meta.url, measurePaginationMemory);
