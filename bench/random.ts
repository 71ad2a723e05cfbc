import { seededRandom } from '../src/data/seeded-random';

/** mulberry32 (src/data/seeded-random.ts), so that every run benchmarks the same data. */
export { seededRandom };

export const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)];
