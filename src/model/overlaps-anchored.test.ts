import { describe, expect, it } from 'vitest';
import type { Anchor, PoolingReach } from '../domain/anchor';
import type { Cooperation } from '../domain/cooperation';
import { RENNES, BREST, QUIMPER, LYON, GRENOBLE, NANTES, VERSAILLES, SAINT_LOUIS, DAKAR, RUFISQUE, THIES, TOUBA, OUAGADOUGOU, RABAT, at } from '../../tests/support/overlap-fixtures';
import { admin1Units } from './admin1-units';
import { buildIndex } from './cooperation-index';
import { indexOverlaps } from './overlaps';
import { findAnchoredOverlaps, type AnchoredOverlap } from './overlaps-anchored';

const RECORDS: Cooperation[] = [
  at(RENNES, SAINT_LOUIS, { themes: ['eau-assainissement'], startYear: 2010, actors: ['Eau du bassin rennais'] }),
  at(LYON, SAINT_LOUIS, { themes: ['eau-assainissement', 'sante'], startYear: 2004 }),
  at(BREST, DAKAR, { themes: ['sante'], startYear: 2012 }),
  at(RENNES, DAKAR, { themes: ['culture-patrimoine'], startYear: 2018 }),
  at(NANTES, RUFISQUE, { themes: ['sante'], startYear: 2015 }),
  at(GRENOBLE, THIES, { themes: ['sante'], startYear: 2001 }),
  at(QUIMPER, TOUBA, { themes: ['education-formation'], startYear: 2020 }),
  at(LYON, OUAGADOUGOU),
  at(GRENOBLE, OUAGADOUGOU),
  at(BREST, RABAT, { themes: ['economie-tourisme'], startYear: 2016 }),
  at(NANTES, RABAT, { themes: ['economie-tourisme'], startYear: 2011, actors: ['Comité de jumelage'] }),
  at(NANTES, RABAT, { themes: ['culture-patrimoine'], startYear: 2019, actors: ['Université de Nantes'] }),
  at(VERSAILLES, RABAT, { startYear: 2008 }),
];

const BRETAGNE: Anchor = { kind: 'region', code: '53' };

function anchored(anchor: Anchor, reach: PoolingReach, keep: (c: Cooperation) => boolean = () => true, admin1Of?: (name: string) => string | null) {
  const index = indexOverlaps(buildIndex(RECORDS, () => undefined));
  const mask = Uint8Array.from(RECORDS, (c) => (keep(c) ? 1 : 0));
  const placeName = (place: number) => index.cooperations[index.places.records[index.places.start[place]]].partnerName;
  return findAnchoredOverlaps(index, mask, { anchor, reach, admin1Of: admin1Of && ((place) => admin1Of(placeName(place))) });
}

/** Place: anchor members | others (with distance in whole km). */
const summary = (overlaps: AnchoredOverlap[]) =>
  overlaps.map((o) => `${o.name}: ${o.anchorMembers.map((m) => m.name).join(', ')} | ${o.others.map((m) => `${m.name}@${m.placeName} ${Math.round(m.distanceKm)}`).join(', ')}`);

describe("findAnchoredOverlaps", () => {
  it('lists the places where the anchor and others both work, ranked by shared themes, then others, then presence', () => {
    expect(summary(anchored(BRETAGNE, 'place'))).toEqual([
      'Rabat: Brest | Versailles@Rabat 0, Nantes@Rabat 0',
      'Saint-Louis: Rennes | Lyon@Saint-Louis 0',
    ]);
  });

  it('counts each collectivity once, with its cooperations, themes and actors there', () => {
    const rabat = anchored(BRETAGNE, 'place').find((o) => o.name === 'Rabat')!;
    const nantes = rabat.others.find((m) => m.name === 'Nantes')!;
    expect(rabat.others.map((m) => m.name)).toEqual(['Versailles', 'Nantes']);
    expect([nantes.cooperations, nantes.since, nantes.themes, nantes.actors]).toEqual([
      2,
      2011,
      ['culture-patrimoine', 'economie-tourisme'],
      ['Comité de jumelage', 'Université de Nantes'],
    ]);
    expect(rabat.sharedThemes).toEqual(['economie-tourisme']);
    expect(rabat.since).toBe(2008);
  });

  it('widens to the others within a distance, nearest first, and keeps each one at its nearest place', () => {
    expect(summary(anchored(BRETAGNE, 25))).toEqual([
      'Rabat: Brest | Versailles@Rabat 0, Nantes@Rabat 0',
      'Saint-Louis: Rennes | Lyon@Saint-Louis 0',
      'Dakar: Brest, Rennes | Nantes@Rufisque 19',
    ]);
    expect(summary(anchored(BRETAGNE, 60))[0]).toBe('Dakar: Brest, Rennes | Nantes@Rufisque 19, Grenoble@Thiès 56');
    expect(summary(anchored(BRETAGNE, 100)).some((line) => line.startsWith('Touba'))).toBe(false);
    expect(summary(anchored(BRETAGNE, 120)).find((line) => line.startsWith('Touba'))).toBe('Touba: Quimper | Grenoble@Thiès 113');
  });

  it('widens to the same admin-1 unit and to the same country', () => {
    const units: Record<string, string> = { Dakar: 'SN.01', Rufisque: 'SN.01', Thiès: 'SN.07', Touba: 'SN.03', 'Saint-Louis': 'SN.08' };
    expect(summary(anchored(BRETAGNE, 'admin1', () => true, (name) => units[name] ?? null)).map((line) => line.split(':')[0])).toEqual([
      'Rabat',
      'Saint-Louis',
      'Dakar',
    ]);
    const touba = anchored(BRETAGNE, 'country').find((o) => o.name === 'Touba')!;
    expect(touba.others.map((m) => `${m.name}@${m.placeName}`)).toEqual(['Grenoble@Thiès', 'Lyon@Saint-Louis', 'Nantes@Rufisque']);
  });

  it('anchors on a network, a département or one collectivity: the rest of the région then counts as others', () => {
    expect(summary(anchored({ kind: 'network', id: 'ycid' }, 'place'))).toEqual(['Rabat: Versailles | Nantes@Rabat 0, Brest@Rabat 0']);
    expect(summary(anchored({ kind: 'departement', code: '29' }, 'place'))).toEqual([
      'Rabat: Brest | Versailles@Rabat 0, Nantes@Rabat 0',
      'Dakar: Brest | Rennes@Dakar 0',
    ]);
    expect(summary(anchored({ kind: 'collectivity', code: '35238' }, 'place'))).toEqual([
      'Saint-Louis: Rennes | Lyon@Saint-Louis 0',
      'Dakar: Rennes | Brest@Dakar 0',
    ]);
  });

  it('considers only the cooperations the filters keep, on both sides', () => {
    expect(summary(anchored(BRETAGNE, 'place', (c) => c.ctCode !== LYON.ctCode))).toEqual(['Rabat: Brest | Versailles@Rabat 0, Nantes@Rabat 0']);
    expect(summary(anchored(BRETAGNE, 60, (c) => c.themes.includes('sante')))).toEqual(['Dakar: Brest | Nantes@Rufisque 19, Grenoble@Thiès 56']);
  });
});

describe('admin1Units', () => {
  it('reads a place’s admin-1 unit from its country’s gazetteer, by the name of a town or of the unit itself', () => {
    const records = [
      at(RENNES, DAKAR),
      at(RENNES, { ...THIES, partnerName: 'Thies' }),
      at(RENNES, { partnerCountry: 'SN', partnerName: 'Région de Saint-Louis', partnerPrecision: 'region' }),
      at(RENNES, { partnerCountry: 'SN', partnerName: 'Nulle-part' }),
      at(RENNES, RABAT),
    ];
    const index = indexOverlaps(buildIndex(records, () => undefined));
    const senegal = {
      version: 1 as const,
      iso2: 'SN',
      admin1: [
        ['SN.01', 'Dakar', [], -17.4, 14.7],
        ['SN.08', 'Saint-Louis', ['Région de Saint-Louis'], -16.5, 16.0],
      ] as [string, string, string[], number, number][],
      cities: [
        [1, 'Dakar', [], 'SN.01', 2_500_000, -17.44, 14.69],
        [2, 'Thiès', ['Thies'], 'SN.07', 300_000, -16.93, 14.79],
      ] as [number, string, string[], string, number, number, number][],
    };
    const unitOf = admin1Units(index, new Map([['SN', senegal], ['MA', null]]));
    expect(index.places.keys.map((_, place) => unitOf(place))).toEqual(['SN.01', 'SN.07', 'SN.08', null, null]);
  });
});
