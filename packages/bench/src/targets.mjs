// @ts-check
// The targets of issue 7, checked against a run's results. They are reported, met or
// not with the margin; a missed target does not fail the run.

/**
 * @typedef {{ target: string, measured: string, met: boolean | null, margin: string }} TargetRow
 * @typedef {import("./statistics.mjs").Summary} Summary
 */

export const THROUGHPUT_VS_OPENAPI_FETCH = 0.95;
export const WARM_REBUILD_SECONDS = 2;
export const PAGINATION_GROWTH_MB = 20;

/** @param {number} n @param {number} digits */
const signed = (n, digits) => `${n >= 0 ? "+" : "−"}${Math.abs(n).toFixed(digits)}`;

/**
 * @param {Record<string, any>} results  by benchmark name; a failed one holds `{ error }`
 * @returns {TargetRow[]}
 */
export function checkTargets(results) {
  /** @type {TargetRow[]} */
  const rows = [];
  const unmeasured = (/** @type {string} */ target) =>
    rows.push({ target, measured: "not measured (benchmark failed)", met: null, margin: "" });

  const http = results["http-overhead"];
  const throughputTarget = `createPreprClient throughput ≥ ${THROUGHPUT_VS_OPENAPI_FETCH} × plain openapi-fetch (real HTTP)`;
  if (http?.toOpenapiFetch) {
    /** @type {Summary} */
    const ratio = http.toOpenapiFetch.createPreprClient.ratio;
    rows.push({
      target: throughputTarget,
      measured: `${ratio.median.toFixed(2)} (IQR ${ratio.q1.toFixed(2)}–${ratio.q3.toFixed(2)}); ${http.toFetch.createPreprClient.ratio.median.toFixed(2)} of raw fetch`,
      met: ratio.median >= THROUGHPUT_VS_OPENAPI_FETCH,
      margin: signed(ratio.median - THROUGHPUT_VS_OPENAPI_FETCH, 2),
    });
  } else unmeasured(throughputTarget);

  const bundles = results["bundle-size"];
  if (bundles?.entries) {
    for (const entry of bundles.entries.filter((/** @type {any} */ e) => e.budgetBytes)) {
      rows.push({
        target: `${entry.name} ≤ ${entry.budgetBytes / 1000} kB min+gzip`,
        measured: `${(entry.gzipBytes / 1000).toFixed(2)} kB`,
        met: entry.gzipBytes <= entry.budgetBytes,
        margin: `${signed((entry.budgetBytes - entry.gzipBytes) / 1000, 2)} kB`,
      });
    }
  } else unmeasured("each client entry ≤ 6 kB min+gzip");

  const pipeline = results.pipeline;
  const warmTarget = `warm rebuild < ${WARM_REBUILD_SECONDS} s`;
  if (pipeline?.warm) {
    /** @type {Summary} */
    const seconds = pipeline.warm.seconds;
    const allCached = pipeline.warm.runs.every((/** @type {any} */ r) => r.cached === r.total);
    rows.push({
      target: warmTarget,
      measured: `${seconds.median.toFixed(2)} s (${seconds.min.toFixed(2)}–${seconds.max.toFixed(2)}), ${allCached ? "every task cached" : "NOT every task cached"}`,
      met: seconds.median < WARM_REBUILD_SECONDS && allCached,
      margin: `${signed(WARM_REBUILD_SECONDS - seconds.median, 2)} s`,
    });
  } else unmeasured(warmTarget);

  const changeTarget = "a one-spec change rebuilds only that API";
  if (pipeline?.specChange?.changed?.ok) {
    const { changed, otherApiTasks } = pipeline.specChange;
    rows.push({
      target: changeTarget,
      measured: `${changed.ran.length} of ${changed.total} tasks re-ran (${changed.cached} cached)`,
      met: otherApiTasks.length === 0,
      margin:
        otherApiTasks.length === 0
          ? "no Prepr or runtime task re-ran"
          : `also re-ran: ${otherApiTasks.join(", ")}`,
    });
  } else unmeasured(changeTarget);

  const pagination = results["pagination-memory"];
  const paginationTarget = `pagination heap growth < ${PAGINATION_GROWTH_MB} MB over 100,000 items`;
  if (pagination?.peakGrowthMB !== undefined) {
    rows.push({
      target: paginationTarget,
      measured: `${pagination.peakGrowthMB.toFixed(2)} MB at most (after GC, sampled every page)`,
      met: pagination.peakGrowthMB < PAGINATION_GROWTH_MB,
      margin: `${signed(PAGINATION_GROWTH_MB - pagination.peakGrowthMB, 2)} MB`,
    });
  } else unmeasured(paginationTarget);
  return rows;
}
