import { describe, expect, it } from 'vitest';
import { makeCooperation } from '../../../tests/support/make-cooperation';
import type { Jumelage } from './merge';
import { formatSampleQuality, measureQuality, measureSample, sampleEntries, type SampleDraw, type SampleEntry } from './quality';

const jumelage = (sourceRows: number[], ctCode: string, lon: number, lat: number): Jumelage => ({
  ...makeCooperation({ id: ctCode, ctCode, partnerLon: lon, partnerLat: lat, sourceRow: sourceRows[0] }),
  sourceRows,
});

const built = [jumelage([2, 9], '73065', -2.42, 13.58), jumelage([3], '16015', -6.0, 13.44), jumelage([4], '84004', -12.46, 14.9)];

const entries: SampleEntry[] = [
  { row: 2, written: 'a', ct: '73065', partner: [-2.5, 13.6] },
  { row: 9, written: 'a bis', ct: '73065', partner: [-2.42, 13.58] },
  { row: 3, written: 'b', ct: '16015', partner: [-6.26, 13.44] },
  { row: 4, written: 'c', ct: '84003', partner: [-12.46, 14.9] },
  { row: 5, written: 'd', missing: 'absent' },
  { row: 6, written: 'e', unsure: 'non tranché' },
  { row: 7, written: 'f', ct: '01001', partner: [5.0, 46.0] },
];

const draw = (seed: number, drawn: SampleEntry[]): SampleDraw => ({ seed, size: drawn.length, method: 'm', entries: drawn });

describe('measureQuality', () => {
  it('counts a line right only with the right commune and a partner within 25 km; a line not built is not found', () => {
    const figures = measureQuality(built, entries);
    expect(figures).toMatchObject({ checked: 6, right: 2, imported: 4 });
    expect(figures.wrong.map((w) => [w.row, w.why])).toEqual([
      [3, 'partenaire à 28 km'],
      [4, 'commune 84004 au lieu de 84003'],
    ]);
    expect(figures.notFound).toEqual([
      { row: 5, written: 'd', missing: 'absent' },
      { row: 7, written: 'f' },
    ]);
  });
});

describe('measureSample', () => {
  it('measures the entries of all draws together, and each draw alone', () => {
    const quality = measureSample(built, { draws: [draw(1, entries.slice(0, 3)), draw(2, entries.slice(3))] });
    expect(quality.whole).toEqual(measureQuality(built, entries));
    expect(quality.draws.map(({ seed, size, figures: { checked, right, imported } }) => [seed, size, checked, right, imported])).toEqual([
      [1, 3, 3, 2, 3],
      [2, 4, 3, 0, 1],
    ]);
  });

  it('refuses a draw whose entries do not match its size, and a line drawn twice', () => {
    expect(() => sampleEntries({ draws: [{ ...draw(1, entries.slice(0, 3)), size: 4 }] })).toThrow('3 lignes vérifiées pour 4 tirées');
    expect(() => sampleEntries({ draws: [draw(1, entries.slice(0, 2)), draw(2, entries.slice(1, 3))] })).toThrow('la ligne 9 est déjà');
  });

  it('prints the whole figures, one line per draw, then the wrong and the missing lines with why', () => {
    const text = formatSampleQuality(measureSample(built, { draws: [draw(1, entries.slice(0, 3)), draw(2, entries.slice(3))] }), (row) =>
      row === 7 ? 'introuvable' : undefined,
    );
    expect(text.split('\n')).toEqual([
      'Échantillon vérifié à la main : 6 lignes.',
      'Paires trouvées, les deux bouts à moins de 25 km : 2 / 6 (33.3 %).',
      'Jumelages importés justes : 2 / 4 (50.0 %).',
      '  tirage 1 (3 lignes tirées, 3 vérifiées) : trouvées 2 / 3 (66.7 %), importées justes 2 / 3 (66.7 %).',
      '  tirage 2 (4 lignes tirées, 3 vérifiées) : trouvées 0 / 3 (0.0 %), importées justes 0 / 1 (0.0 %).',
      'Importées à tort :',
      '  ligne 3 (b) : partenaire à 28 km',
      '  ligne 4 (c) : commune 84004 au lieu de 84003',
      'Non trouvées :',
      '  ligne 5 (d) : absent des référentiels (absent)',
      '  ligne 7 (f) : introuvable',
    ]);
  });
});
