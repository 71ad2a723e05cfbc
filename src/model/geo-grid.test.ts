import { describe, expect, it } from 'vitest';
import { buildPointGrid, haversineKm } from './geo-grid';

/** A seeded generator (mulberry32), so that a failure names points that can be drawn again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('haversineKm', () => {
  it('measures great-circle distances', () => {
    expect(haversineKm(-17.44, 14.69, -16.49, 16.03)).toBeCloseTo(180.5, 0);
    expect(haversineKm(2.35, 48.86, -0.13, 51.51)).toBeCloseTo(343.6, 0);
    expect(haversineKm(179.9, 0, -179.9, 0)).toBeCloseTo(22.2, 0);
  });
});

describe('buildPointGrid', () => {
  it('finds exactly the points a brute-force scan finds, across the antimeridian and near the poles', () => {
    const next = random(17);
    const lons: number[] = [];
    const lats: number[] = [];
    for (let i = 0; i < 3000; i++) {
      // Half the points crowd near the antimeridian and the poles, where cells distort.
      lons.push(i % 2 ? 360 * next() - 180 : 179 - 358 * Math.round(next()) + next() * 2 - 1);
      lats.push(i % 4 === 1 ? 80 + 9.9 * next() : 170 * next() - 85);
    }
    for (const km of [5, 50, 400, 3000]) {
      const grid = buildPointGrid(lons, lats, km);
      for (let q = 0; q < 60; q++) {
        const [lon, lat] = [lons[q * 37], lats[q * 37]];
        const found: number[] = [];
        grid.within(lon, lat, km, (point) => found.push(point));
        const expected = lons.map((_, i) => i).filter((i) => haversineKm(lon, lat, lons[i], lats[i]) <= km);
        expect(found.sort((a, b) => a - b)).toEqual(expected);
      }
    }
  });

  it('refuses a radius larger than the one it was built for', () => {
    expect(() => buildPointGrid([0], [0], 10).within(0, 0, 20, () => {})).toThrow(RangeError);
  });
});
