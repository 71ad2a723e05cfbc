/**
 * A small seeded pseudo-random generator (sfc32) and the draws the demo generator needs.
 * Same seed, same sequence, on every platform: no Math.random anywhere in the demo data.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer uniform in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight (weights ≥ 0, at least one > 0). */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  /** k distinct items, each draw proportional to its weight among those left (Efraimidis-Spirakis). */
  sample<T>(items: readonly T[], k: number, weightOf: (item: T) => number): T[];
  poisson(mean: number): number;
  /** Log-normal with the given median and log-space standard deviation. */
  logNormal(median: number, sigma: number): number;
  /** Triangular law on [min, max] peaking at mode. */
  triangular(min: number, mode: number, max: number): number;
}

export function createRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // The first outputs of sfc32 still carry the seed's low entropy.
  for (let i = 0; i < 12; i++) next();

  const standardNormal = (): number => {
    const u = 1 - next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(items, weightOf) {
      let total = 0;
      for (const item of items) total += weightOf(item);
      let target = next() * total;
      for (const item of items) {
        target -= weightOf(item);
        if (target < 0) return item;
      }
      return items[items.length - 1];
    },
    sample(items, k, weightOf) {
      return items
        .map((item, index) => ({ item, index, key: Math.log(1 - next()) / Math.max(weightOf(item), 1e-12) }))
        .sort((x, y) => y.key - x.key || x.index - y.index)
        .slice(0, k)
        .map((entry) => entry.item);
    },
    poisson(mean) {
      // Knuth's method: the means used here stay small.
      const limit = Math.exp(-mean);
      let count = 0;
      let product = next();
      while (product > limit) {
        count++;
        product *= next();
      }
      return count;
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * standardNormal()),
    triangular(min, mode, max) {
      const u = next();
      const split = (mode - min) / (max - min);
      return u < split
        ? min + Math.sqrt(u * (max - min) * (mode - min))
        : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    },
  };
}
