import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    for (const value of draw(3)) expect(value >= 0 && value < 1).toBe(true);
  });

  it('samples distinct items, favouring the heavier', () => {
    const random = createRandom(7);
    const items = ['a', 'b', 'c', 'd'];
    const sample = random.sample(items, 3, () => 1);
    expect(new Set(sample).size).toBe(3);
    let heavyFirst = 0;
    for (let i = 0; i < 200; i++) if (random.sample(items, 1, (item) => (item === 'd' ? 20 : 1))[0] === 'd') heavyFirst++;
    expect(heavyFirst).toBeGreaterThan(150);
  });

  it('draws integers, Poisson counts and triangular years within their bounds', () => {
    const random = createRandom(11);
    for (let i = 0; i < 100; i++) {
      const n = random.int(2, 4);
      expect(n >= 2 && n <= 4 && Number.isInteger(n)).toBe(true);
      expect(random.poisson(2)).toBeGreaterThanOrEqual(0);
      const year = random.triangular(1960, 1990, 2024);
      expect(year >= 1960 && year <= 2024).toBe(true);
    }
  });
});
