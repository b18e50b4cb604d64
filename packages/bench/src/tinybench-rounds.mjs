// @ts-check
// tinybench in rounds: each round a fresh Bench running every task for `taskTimeMs`, task
// order rotating, so the median and spread over rounds can be reported like the other
// benchmarks' and no task always runs first (cold) or last (after the others' garbage).
import { Bench } from "tinybench";

/**
 * @param {Record<string, () => unknown>} tasks
 * @param {{ rounds: number, taskTimeMs: number }} plan
 * @returns {Promise<Record<string, number[]>>} operations per second, per task, per round
 */
export async function opsPerSecondByRound(tasks, plan) {
  const names = Object.keys(tasks);
  /** @type {Record<string, number[]>} */
  const rounds = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < plan.rounds; round++) {
    const bench = new Bench({ time: plan.taskTimeMs, warmupTime: 100, throws: true });
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length] ?? "";
      bench.add(name, /** @type {() => unknown} */ (tasks[name]));
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!("period" in result)) throw new Error(`${task.name}: ${result.state}`);
      // period is the mean time per call over the whole run: total calls over total time.
      rounds[task.name]?.push(1000 / result.period);
    }
  }
  return rounds;
}
