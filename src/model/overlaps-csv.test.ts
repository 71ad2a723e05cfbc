import { describe, expect, it } from 'vitest';
import { THEME_NAMES } from '../domain/themes';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { buildIndex } from './cooperation-index';
import { findOverlaps, indexOverlaps } from './overlaps';
import { findAnchoredOverlaps } from './overlaps-anchored';
import { anchoredOverlapsCsv, overlapsCsv, type OverlapCsvLabels } from './overlaps-csv';

const LABELS: OverlapCsvLabels = {
  header: {
    country: 'Pays',
    place: 'Lieu partenaire',
    collectivities: 'Collectivités françaises',
    sharedThemes: 'Thématiques partagées',
    code: 'Code',
    name: 'Collectivité',
    kind: 'Type',
    region: 'Région',
    network: 'Réseau régional',
    since: 'Depuis',
    themes: 'Thématiques',
    cooperations: 'Coopérations',
    side: 'Côté',
    memberPlace: 'Lieu de la collectivité',
    distanceKm: 'Distance (km)',
    actors: 'Acteurs',
  },
  side: (anchor) => (anchor ? 'ancrage' : 'autre'),
  country: (iso2) => (iso2 === 'SN' ? 'Sénégal' : iso2),
  kind: (kind) => (kind === 'commune' ? 'Commune' : kind),
  region: (code) => (code === '53' ? 'Bretagne' : code),
  network: (id) => (id === 'reseau-bretagne-solidaire' ? 'Réseau Bretagne Solidaire' : id),
  theme: (id) => THEME_NAMES[id].fr,
};

const records = [
  makeCooperation({ id: 'a', themes: ['eau-assainissement', 'culture-patrimoine'], startYear: 2004 }),
  makeCooperation({ id: 'b', ctCode: '29019', ctName: '=HYPERLINK("x")', themes: ['eau-assainissement', 'culture-patrimoine'] }),
];
const index = indexOverlaps(buildIndex(records, () => undefined));
const mask = new Uint8Array([1, 1]);

describe('overlapsCsv', () => {
  const csv = overlapsCsv(findOverlaps(index, 'place', mask), LABELS);
  const lines = csv.slice(1).split('\r\n');

  it('is UTF-8 with a BOM, `;`-separated, with a French header and one row per place and collectivity', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'Pays;Lieu partenaire;Collectivités françaises;Thématiques partagées;Code;Collectivité;Type;Région;Réseau régional;Depuis;Thématiques;Coopérations',
    );
    expect(lines[1]).toBe(
      'Sénégal;Saint-Louis;2;Eau et assainissement | Culture, patrimoine et francophonie;35238;Rennes;Commune;Bretagne;Réseau Bretagne Solidaire;2004;Eau et assainissement | Culture, patrimoine et francophonie;1',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas, and quotes what needs it', () => {
    expect(lines[2].split(';').slice(4, 6)).toEqual(['29019', `"'=HYPERLINK(""x"")"`]);
  });

  it('leaves the place empty for a country', () => {
    expect(overlapsCsv(findOverlaps(index, 'country', mask), LABELS).split('\r\n')[1]).toMatch(/^Sénégal;;2;/);
  });
});

describe('anchoredOverlapsCsv', () => {
  it('writes the anchor’s collectivities first, then the others with where they work, how far, and their actors', () => {
    const withNeighbour = [
      ...records,
      makeCooperation({ id: 'c', ctCode: '69123', ctName: 'Lyon', ctRegion: '84', ctDepartement: '69', partnerName: 'Gandon', partnerLon: -16.45, partnerLat: 15.95, actors: ['Comité; de jumelage'] }),
    ];
    const anchoredIndex = indexOverlaps(buildIndex(withNeighbour, () => undefined));
    const overlaps = findAnchoredOverlaps(anchoredIndex, new Uint8Array([1, 1, 1]), { anchor: { kind: 'collectivity', code: '35238' }, reach: 25 });
    const lines = anchoredOverlapsCsv(overlaps, LABELS).slice(1).split('\r\n');
    expect(lines[0].split(';').slice(3, 12)).toEqual(['Côté', 'Code', 'Collectivité', 'Type', 'Région', 'Réseau régional', 'Lieu de la collectivité', 'Distance (km)', 'Depuis']);
    expect(lines.slice(1, 4).map((line) => line.split(';').slice(3, 6))).toEqual([
      ['ancrage', '35238', 'Rennes'],
      ['autre', '29019', `"'=HYPERLINK(""x"")"`],
      ['autre', '69123', 'Lyon'],
    ]);
    expect(lines[3]).toContain(';Gandon;10;;;"Comité; de jumelage";1');
  });
});
