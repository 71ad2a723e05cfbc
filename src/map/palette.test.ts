import { describe, expect, it } from 'vitest';
import { COLOR_ATTRIBUTES } from '../domain/facets';
import { ciede2000, deuteranopia } from './color-distance';
import { legendGroups, UNKNOWN_COLOR, type Rgb } from './palette';

/** The smallest CIEDE2000 distance between two of the colours, as seen through `sight`. */
function closest(colors: readonly Rgb[], sight: (c: Rgb) => Rgb): number {
  let min = Infinity;
  for (let i = 0; i < colors.length; i++) for (let j = i + 1; j < colors.length; j++) min = Math.min(min, ciede2000(sight(colors[i]), sight(colors[j])));
  return min;
}
const normal = (c: Rgb) => c;

describe('the map palette', () => {
  it('measures colour distance as CIEDE2000 does', () => {
    expect(ciede2000([255, 0, 0], [255, 0, 0])).toBe(0);
    // Two blues a few units apart are hardly told apart.
    expect(ciede2000([0, 114, 178], [0, 110, 178])).toBeLessThan(2);
    expect(ciede2000([0, 0, 0], [255, 255, 255])).toBeGreaterThan(99);
  });

  it('simulates deuteranopia: red and green come together', () => {
    expect(ciede2000(deuteranopia([200, 40, 40]), deuteranopia([60, 140, 40]))).toBeLessThan(ciede2000([200, 40, 40], [60, 140, 40]) / 2);
  });

  for (const attribute of COLOR_ATTRIBUTES) {
    it(`keeps the classes of ${attribute} and "other" apart, with normal sight and with deuteranopia`, () => {
      const groups = legendGroups(attribute);
      expect(groups.length).toBeLessThanOrEqual(7);
      const colors = [...groups.map((group) => group.color), UNKNOWN_COLOR];
      expect(closest(colors, normal)).toBeGreaterThan(20);
      expect(closest(colors, deuteranopia)).toBeGreaterThan(12);
    });
  }

  it('draws the sixteen themes in seven families', () => {
    const themes = legendGroups('theme');
    expect(themes).toHaveLength(7);
    expect(themes.flatMap((group) => group.values)).toHaveLength(16);
  });
});
