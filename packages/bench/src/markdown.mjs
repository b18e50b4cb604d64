// @ts-check
// Formatting for BENCHMARKS.md: numbers as people read them, a median with its spread, tables.

/** @typedef {import("./statistics.mjs").Summary} Summary */

/** @param {number} n */
export const whole = (n) => Math.round(n).toLocaleString("en-US").replace(/^-/, "−");
/** @param {number} digits */
export const fixed = (digits) => (/** @type {number} */ n) => n.toFixed(digits);
/** @param {Summary} s @param {(n: number) => string} format */
export const spread = (s, format) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
/** @param {Summary} s @param {(n: number) => string} format */
export const quartiles = (s, format) => `${format(s.median)} (${format(s.q1)}–${format(s.q3)})`;
/** Microseconds per operation from operations per second. @param {number} perSecond */
export const micros = (perSecond) => whole(1e6 / perSecond);

/** @param {string[]} header @param {string[][]} rows */
export function table(header, rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** @param {any} result */
export const failed = (result) =>
  result?.error ? `**This benchmark failed:** ${result.error}\n` : undefined;
