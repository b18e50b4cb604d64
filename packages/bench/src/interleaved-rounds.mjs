// @ts-check
// Sequential calls timed in interleaved rounds: in each round every contender takes one
// turn of `requestsPerTurn` calls, in an order that rotates from round to round. Short
// turns and many rounds put each contender's turn close in time to the others', so drift
// (CPU frequency, a neighbour's load, a GC) hits them all alike and pairs cancel it out.
//
// Each turn records wall-clock time (throughput, what a caller sees) and this process's CPU
// time (user + system, all its threads). On a shared machine other processes stretch the
// wall clock but not our CPU time, so CPU time per call shows a layer's cost more steadily.
import { progress } from "./bench-process.mjs";
import { pairedRatios, summarize } from "./statistics.mjs";

/** @param {() => Promise<unknown>} send @param {number} count */
async function timeSequential(send, count) {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) await send();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpuMicros: cpu.user + cpu.system };
}

/**
 * @typedef {{ perSecond: number[], cpuMicrosPerCall: number[] }} Turns  one entry per round
 */

/**
 * @param {string} label  for progress messages
 * @param {Record<string, () => Promise<unknown>>} contenders  name → one call
 * @param {{ rounds: number, requestsPerTurn: number, warmupRequests: number }} plan
 * @returns {Promise<Record<string, Turns>>}
 */
export async function timeInterleaved(label, contenders, plan) {
  const entries = Object.entries(contenders);
  for (const [, send] of entries) await timeSequential(send, plan.warmupRequests);
  /** @type {Record<string, Turns>} */
  const turns = Object.fromEntries(
    entries.map(([name]) => [name, { perSecond: [], cpuMicrosPerCall: [] }]),
  );
  for (let round = 0; round < plan.rounds; round++) {
    for (let i = 0; i < entries.length; i++) {
      const [name, send] = /** @type {[string, () => Promise<unknown>]} */ (
        entries[(i + round) % entries.length]
      );
      const { ms, cpuMicros } = await timeSequential(send, plan.requestsPerTurn);
      turns[name]?.perSecond.push((plan.requestsPerTurn / ms) * 1000);
      turns[name]?.cpuMicrosPerCall.push(cpuMicros / plan.requestsPerTurn);
    }
    if ((round + 1) % 10 === 0) progress(`${label}: round ${round + 1}/${plan.rounds}`);
  }
  return turns;
}

/**
 * Each contender against `baseline`, round by round: throughput and its ratio, and the
 * CPU microseconds each call costs more.
 * @param {Record<string, Turns>} turns
 * @param {string} baseline
 */
export function comparedTo(turns, baseline) {
  const base = turns[baseline] ?? { perSecond: [], cpuMicrosPerCall: [] };
  return Object.fromEntries(
    Object.entries(turns).map(([name, { perSecond, cpuMicrosPerCall }]) => [
      name,
      {
        requestsPerSecond: summarize(perSecond),
        ratio: summarize(pairedRatios(perSecond, base.perSecond)),
        cpuMicrosPerCall: summarize(cpuMicrosPerCall),
        addedCpuMicros: summarize(
          cpuMicrosPerCall.map((v, i) => v - (base.cpuMicrosPerCall[i] ?? Number.NaN)),
        ),
      },
    ]),
  );
}
