import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate, type Screen } from './label-placement';

const screen: Screen = { width: 400, height: 300, project: ([lon, lat]) => [lon, lat] };
const label = (id: string, position: [number, number], priority: number, pinned = false): LabelCandidate => ({
  id,
  text: id,
  position,
  kind: 'partner',
  priority,
  pinned,
});

describe('placeLabels', () => {
  it('keeps the more important of two overlapping labels', () => {
    // Both sides of the point are taken once two labels are written there.
    const placed = placeLabels([label('Thiès', [100, 100], 1), label('Dakar', [100, 101], 5), label('Mbour', [101, 100], 3)], screen);
    expect(placed.map((l) => l.id)).toEqual(['Dakar', 'Mbour']);
  });

  it('writes a label left of its point when its right side is taken', () => {
    const placed = placeLabels([label('Dakar', [105, 100], 5), label('Thiès', [100, 100], 1)], screen);
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['Dakar', 'right'],
      ['Thiès', 'left'],
    ]);
  });

  it('keeps labels that do not overlap, most important first', () => {
    const placed = placeLabels([label('Thiès', [100, 100], 1), label('Dakar', [100, 200], 5)], screen);
    expect(placed.map((l) => l.id)).toEqual(['Dakar', 'Thiès']);
  });

  it('draws pinned labels even over each other, and others give way to them', () => {
    const placed = placeLabels([label('Big', [100, 100], 99), label('A', [100, 100], 0, true), label('B', [101, 101], 0, true)], screen);
    expect(placed.map((l) => l.id)).toEqual(['A', 'B']);
  });

  it('leaves out labels off screen and stops at the limit', () => {
    expect(placeLabels([label('Far', [-500, 100], 1)], screen)).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => label(`P${i}`, [10, i * 14], i));
    expect(placeLabels(many, screen, 5)).toHaveLength(5);
  });

  it('centres country names on their point', () => {
    const country: LabelCandidate = { ...label('Sénégal', [100, 100], 1), kind: 'country' };
    // A place label right of a point 60 px left would reach the country name's left half: it goes left.
    const placed = placeLabels([country, label('Louga', [60, 100], 0)], screen);
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['Sénégal', 'centre'],
      ['Louga', 'left'],
    ]);
  });

  it('writes no label under what floats over the map, on the other side of its point if that one is clear', () => {
    const legend: [number, number, number, number] = [0, 0, 90, 150];
    const placed = placeLabels([label('Dakar', [80, 100], 5), label('Thiès', [50, 120], 4)], { ...screen, obstacles: [legend] });
    expect(placed).toEqual([]);
    const moved = placeLabels([label('Dakar', [100, 100], 5)], { ...screen, obstacles: [[0, 0, 99, 150]] });
    expect(moved.map((l) => l.side)).toEqual(['right']);
    const left = placeLabels([label('Dakar', [100, 100], 5)], { ...screen, obstacles: [[101, 0, 400, 150]] });
    expect(left.map((l) => l.side)).toEqual(['left']);
  });

  it('still names the selection’s places where every side is under something, rather than leave them unnamed', () => {
    const placed = placeLabels([label('Dakar', [80, 100], 5, true)], { ...screen, obstacles: [[0, 0, 200, 150]] });
    expect(placed.map((l) => [l.id, l.side])).toEqual([['Dakar', 'right']]);
  });
});
