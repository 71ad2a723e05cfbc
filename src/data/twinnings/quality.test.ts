import { describe, expect, it } from 'vitest';
import { makeCooperation } from '../../../tests/support/make-cooperation';
import type { Jumelage } from './merge';
import { measureQuality } from './quality';

const jumelage = (sourceRows: number[], ctCode: string, lon: number, lat: number): Jumelage => ({
  ...makeCooperation({ id: ctCode, ctCode, partnerLon: lon, partnerLat: lat, sourceRow: sourceRows[0] }),
  sourceRows,
});

describe('measureQuality', () => {
  it('counts a line right only with the right commune and a partner within 25 km; a line not built is not found', () => {
    const figures = measureQuality(
      [jumelage([2, 9], '73065', -2.42, 13.58), jumelage([3], '16015', -6.0, 13.44), jumelage([4], '84004', -12.46, 14.9)],
      {
        seed: 1,
        size: 6,
        entries: [
          { row: 2, written: 'a', ct: '73065', partner: [-2.5, 13.6] },
          { row: 9, written: 'a bis', ct: '73065', partner: [-2.42, 13.58] },
          { row: 3, written: 'b', ct: '16015', partner: [-6.26, 13.44] },
          { row: 4, written: 'c', ct: '84003', partner: [-12.46, 14.9] },
          { row: 5, written: 'd', missing: 'absent' },
          { row: 6, written: 'e', unsure: 'non tranché' },
        ],
      },
    );
    expect(figures).toMatchObject({ checked: 5, right: 2, imported: 4 });
    expect(figures.wrong.map((w) => [w.row, w.why])).toEqual([
      [3, 'partenaire à 28 km'],
      [4, 'commune 84004 au lieu de 84003'],
    ]);
  });
});
