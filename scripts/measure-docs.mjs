#!/usr/bin/env node
// @ts-check
// Measures the built reference pages in Chromium, as a reader gets them from the preview
// server (pre-compressed files, the runtime cached between pages): the bytes each page
// transfers, cold and after the other page, and its first paint and search-ready times
// at 1× and 4× CPU throttling (CDP Emulation.setCPUThrottlingRate). Prints JSON; the
// benchmarks (`pnpm bench`, packages/bench/src/docs-pages.mjs) run it and write the
// figures into BENCHMARKS.md. Timings are reported, never asserted.
//
//   node scripts/measure-docs.mjs [--runs 5]
import path from "node:path";
import { parseArgs } from "node:util";
import { chromiumLaunchOptions } from "@specbound/testkit/chromium";
import { chromium } from "playwright-core";
import { serveDirectory } from "./lib/static-server.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const RUNS = Number(values.runs);
const RATES = [1, 4];
const APIS = ["prepr", "preo"];
const site = path.resolve(import.meta.dirname, "..", "site");

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Opens `url` in `page` and measures it: first paint (the browser's paint timing) and
 * search ready (Redoc's search box stops saying "Loading…"), both from navigation start,
 * and the bytes it transferred (compressed, as on the wire; 0 for what came from cache).
 * @param {import("playwright-core").Page} page @param {import("playwright-core").CDPSession} cdp
 * @param {string} url
 */
async function measurePage(page, cdp, url) {
  let bytes = 0;
  const onFinished = (/** @type {{ encodedDataLength: number }} */ event) => {
    bytes += event.encodedDataLength;
  };
  cdp.on("Network.loadingFinished", onFinished);
  await page.goto(url, { waitUntil: "commit" });
  // Polled each frame; the search trigger reads "Loading..." until Redoc's index is built.
  const ready = await page.waitForFunction(
    () =>
      /^Search/.test(document.querySelector('[data-testid="search-trigger"]')?.textContent ?? "") &&
      performance.now(),
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  const searchReadyMs = Number(await ready.jsonValue());
  await page.waitForLoadState("networkidle");
  const firstPaintMs = await page.evaluate(
    () =>
      performance.getEntriesByName("first-contentful-paint")[0]?.startTime ??
      performance.getEntriesByType("paint")[0]?.startTime ??
      Number.NaN,
  );
  cdp.off("Network.loadingFinished", onFinished);
  return { firstPaintMs, searchReadyMs, bytes };
}

const server = await serveDirectory(site);
const browser = await chromium.launch(chromiumLaunchOptions());
/** @type {Record<string, any>[]} */
const results = [];
try {
  for (const rate of RATES) {
    for (const [first, second] of [APIS, [...APIS].reverse()]) {
      /** @type {Record<string, number[]>} */
      const samples = {
        coldPaint: [],
        coldSearch: [],
        coldBytes: [],
        warmPaint: [],
        warmSearch: [],
        warmBytes: [],
      };
      for (let run = 0; run < RUNS; run++) {
        // A fresh context: an empty cache, as a first visit.
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Emulation.setCPUThrottlingRate", { rate });
        const cold = await measurePage(page, cdp, `${server.url}/${first}/index.html`);
        const warm = await measurePage(page, cdp, `${server.url}/${second}/index.html`);
        samples.coldPaint?.push(cold.firstPaintMs);
        samples.coldSearch?.push(cold.searchReadyMs);
        samples.coldBytes?.push(cold.bytes);
        samples.warmPaint?.push(warm.firstPaintMs);
        samples.warmSearch?.push(warm.searchReadyMs);
        samples.warmBytes?.push(warm.bytes);
        await context.close();
      }
      results.push({
        rate,
        first,
        second,
        runs: RUNS,
        ...Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])),
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(`${JSON.stringify({ runs: RUNS, results })}\n`);
