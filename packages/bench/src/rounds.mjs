// @ts-check
// Sequential calls timed in interleaved rounds: in each round every contender takes one
// turn of `callsPerTurn` calls, in an order that rotates from round to round. Short turns
// and many rounds put each contender's turn close in time to the others', so drift (CPU
// frequency, a neighbour's load, a GC) hits them all alike, and ratios taken round by
// round cancel it out. Each turn also records this process's CPU time (user + system),
// which other processes on a shared machine do not stretch as they stretch the wall clock.
import { progress } from "./bench-process.mjs";

/** @typedef {{ median: number, q1: number, q3: number }} Summary */

/** Median and quartiles, interpolated: medians, so one disturbed round moves nothing. */
export function summarize(/** @type {readonly number[]} */ values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ p) => {
    const i = (sorted.length - 1) * p;
    const low = sorted[Math.floor(i)] ?? Number.NaN;
    return low + ((sorted[Math.ceil(i)] ?? low) - low) * (i - Math.floor(i));
  };
  return { median: at(0.5), q1: at(0.25), q3: at(0.75) };
}

/** @param {() => Promise<unknown>} send @param {number} count */
async function timeSequential(send, count) {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) await send();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { perSecond: (count / ms) * 1000, cpuMicros: (cpu.user + cpu.system) / count };
}

/**
 * Each contender's calls per second and CPU µs per call, summarized over the rounds, and
 * its throughput over each baseline's, round by round.
 * @param {Record<string, () => Promise<unknown>>} contenders  name → one call
 * @param {{ rounds: number, callsPerTurn: number, warmupCalls: number }} plan
 * @param {string[]} baselines  contender names to take ratios to
 */
export async function timeInterleaved(contenders, plan, baselines) {
  const entries = Object.entries(contenders);
  for (const [, send] of entries) await timeSequential(send, plan.warmupCalls);
  /** @type {Record<string, { perSecond: number[], cpuMicros: number[] }>} */
  const turns = Object.fromEntries(
    entries.map(([name]) => [name, { perSecond: [], cpuMicros: [] }]),
  );
  for (let round = 0; round < plan.rounds; round++) {
    for (let i = 0; i < entries.length; i++) {
      const [name, send] = /** @type {[string, () => Promise<unknown>]} */ (
        entries[(i + round) % entries.length]
      );
      const turn = await timeSequential(send, plan.callsPerTurn);
      turns[name]?.perSecond.push(turn.perSecond);
      turns[name]?.cpuMicros.push(turn.cpuMicros);
    }
    if ((round + 1) % 20 === 0) progress(`round ${round + 1}/${plan.rounds}`);
  }
  return Object.fromEntries(
    Object.entries(turns).map(([name, { perSecond, cpuMicros }]) => {
      const ratios = baselines.map((base) => {
        const of = turns[base]?.perSecond ?? [];
        return [base, summarize(perSecond.map((v, i) => v / (of[i] ?? Number.NaN)))];
      });
      const summary = { perSecond: summarize(perSecond), cpuMicros: summarize(cpuMicros) };
      return [name, { ...summary, over: Object.fromEntries(ratios) }];
    }),
  );
}
