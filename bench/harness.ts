import { performance } from 'node:perf_hooks';

/** One line of bench/results.json: `ms` and `baselineMs` are medians per operation. */
export interface Result {
  name: string;
  n: number;
  ms: number;
  baselineName: string;
  baselineMs: number;
  ratio: number;
}

export interface Contender {
  name: string;
  /** One operation; what it returns is kept so that the work cannot be optimised away. */
  run: () => unknown;
}

export interface Timing {
  /** Untimed calls first, so the JIT has compiled the code. */
  warmup: number;
  /** Timed calls of each contender (at least). */
  runs: number;
  /** More timed calls, up to `maxRuns`, while the total stays under this. */
  budgetMs: number;
  maxRuns: number;
}

export const DEFAULT_TIMING: Timing = { warmup: 3, runs: 5, budgetMs: 2000, maxRuns: 30 };

/** For operations of a second or more (a million records): one warm-up, three timed runs. */
const SLOW_TIMING: Timing = { warmup: 1, runs: 3, budgetMs: 0, maxRuns: 3 };
const SLOW_MS = 1000;

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

let sink: unknown;
const timeOnce = async (contender: Contender) => {
  const start = performance.now();
  sink = await contender.run();
  return performance.now() - start;
};

/**
 * Median time per operation of ours and of a baseline, on the same data in the same process.
 * Runs alternate (ours, baseline, ours, ...) so that load from other processes falls on both.
 */
export async function compare(name: string, n: number, ours: Contender, baseline: Contender, timing = DEFAULT_TIMING): Promise<Result> {
  const first = (await timeOnce(ours)) + (await timeOnce(baseline));
  if (first > SLOW_MS) timing = SLOW_TIMING;
  for (let i = 1; i < timing.warmup; i++) {
    await timeOnce(ours);
    await timeOnce(baseline);
  }
  const times = { ours: [] as number[], baseline: [] as number[] };
  let total = 0;
  while (times.ours.length < timing.runs || (total < timing.budgetMs && times.ours.length < timing.maxRuns)) {
    const a = await timeOnce(ours);
    const b = await timeOnce(baseline);
    times.ours.push(a);
    times.baseline.push(b);
    total += a + b;
  }
  void sink;
  const ms = median(times.ours);
  const baselineMs = median(times.baseline);
  return { name, n, ms, baselineName: baseline.name, baselineMs, ratio: ms / baselineMs };
}
