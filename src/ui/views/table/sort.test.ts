import { describe, expect, it } from 'vitest';
import { sortPositions, type SortKey } from './sort';

const keys: SortKey[] = ['Évry', null, 'avignon', 'Brest', '', 'Évry'];
const positions = Uint32Array.from([0, 1, 2, 3, 4, 5]);
const byKey = (position: number) => keys[position];

describe('sortPositions', () => {
  it('sorts text as French readers do (case and accents aside), empty keys last, ties in order', () => {
    expect([...sortPositions(positions, byKey, 'ascending', 'fr-FR')]).toEqual([2, 3, 0, 5, 1, 4]);
    expect([...sortPositions(positions, byKey, 'descending', 'fr-FR')]).toEqual([0, 5, 3, 2, 1, 4]);
  });

  it('sorts numbers by value and keeps nulls last', () => {
    const years: SortKey[] = [2010, null, 1995, 2024];
    expect([...sortPositions(Uint32Array.from([3, 2, 1, 0]), (p) => years[p], 'ascending', 'fr-FR')]).toEqual([2, 0, 3, 1]);
    expect([...sortPositions(Uint32Array.from([3, 2, 1, 0]), (p) => years[p], 'descending', 'fr-FR')]).toEqual([3, 0, 2, 1]);
  });

  it('sorts only the positions given', () => {
    expect([...sortPositions(Uint32Array.from([5, 3]), byKey, 'ascending', 'fr-FR')]).toEqual([3, 5]);
  });
});
