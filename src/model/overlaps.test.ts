import { describe, expect, it } from 'vitest';
import type { Cooperation } from '../domain/cooperation';
import { RENNES, BREST, LYON, GRENOBLE, NANTES, ANGERS, SAINT_LOUIS, DAKAR, OUAGADOUGOU, RABAT, at } from '../../tests/support/overlap-fixtures';
import { buildIndex } from './cooperation-index';
import { findOverlaps, indexOverlaps, overlapMarkers, overlapSummary } from './overlaps';
import { poolingSuggestions } from './overlaps-pooling';

const SENEGAL = { partnerCountry: 'SN', partnerName: 'Sénégal', partnerPrecision: 'pays' as const };
const MALI = { partnerCountry: 'ML', partnerName: 'Mali', partnerPrecision: 'pays' as const };

const RECORDS: Cooperation[] = [
  at(RENNES, SAINT_LOUIS, { themes: ['eau-assainissement', 'sante'], startYear: 2010 }),
  at(RENNES, SAINT_LOUIS, { themes: ['culture-patrimoine'], startYear: 2001 }),
  at(BREST, SAINT_LOUIS, { themes: ['eau-assainissement'], startYear: 2005 }),
  at(LYON, SAINT_LOUIS, { themes: ['eau-assainissement', 'culture-patrimoine'], startYear: 2015 }),
  at(RENNES, DAKAR, { themes: ['sante'] }),
  at(LYON, OUAGADOUGOU, { themes: ['eau-assainissement'] }),
  at(GRENOBLE, OUAGADOUGOU, { themes: ['eau-assainissement'] }),
  at(BREST, RABAT, { themes: ['economie-tourisme'] }),
  at(NANTES, RABAT),
  at(NANTES, SENEGAL),
  at(NANTES, MALI),
  at(ANGERS, MALI),
];

const COUNTRY_NAMES: Record<string, string> = { SN: 'Sénégal', BF: 'Burkina Faso', MA: 'Maroc', ML: 'Mali' };
const countryName = (iso2: string) => COUNTRY_NAMES[iso2] ?? iso2;

const maskOf = (records: readonly Cooperation[], keep: (c: Cooperation) => boolean) => Uint8Array.from(records, (c) => (keep(c) ? 1 : 0));

function overlapsOf(records: readonly Cooperation[], keep: (c: Cooperation) => boolean = () => true) {
  const index = indexOverlaps(buildIndex(records, () => undefined));
  const mask = maskOf(records, keep);
  return {
    places: findOverlaps(index, 'place', mask),
    countries: findOverlaps(index, 'country', mask, countryName),
    summary: overlapSummary(index, mask),
  };
}

describe('findOverlaps', () => {
  const overlaps = overlapsOf(RECORDS);

  it('ranks the shared places by number of French collectivities, leaving places of one collectivity out', () => {
    expect(overlaps.places.map((place) => [place.key, place.members.length, place.cooperations])).toEqual([
      ['SN/saint-louis', 3, 4],
      ['BF/ouagadougou', 2, 2],
      ['MA/rabat', 2, 2],
    ]);
    expect(overlaps.summary).toEqual({ places: 3, countries: 4, collectivities: 5 });
  });

  it('breaks ties by cooperations, then by name', () => {
    const more = [...RECORDS, at(NANTES, RABAT, { themes: ['sante'] })];
    expect(overlapsOf(more).places.map((place) => place.key)).toEqual(['SN/saint-louis', 'MA/rabat', 'BF/ouagadougou']);
  });

  it('counts partners located at the country only at the country level', () => {
    expect(overlaps.places.some((place) => place.country === 'ML')).toBe(false);
    expect(overlaps.countries.map((country) => [country.key, country.name, country.members.length])).toEqual([
      ['SN', 'Sénégal', 4],
      ['BF', 'Burkina Faso', 2],
      ['ML', 'Mali', 2],
      ['MA', 'Maroc', 2],
    ]);
    expect(overlaps.countries[0].members.map((member) => member.name)).toEqual(['Rennes', 'Brest', 'Lyon', 'Nantes']);
    expect(overlaps.countries[0].position).toBeNull();
  });

  it('describes who works at a place, since when, on which themes, from which régions', () => {
    const saintLouis = overlaps.places[0];
    expect(saintLouis).toMatchObject({ name: 'Saint-Louis', country: 'SN', position: [-16.49, 16.03], since: 2001, regions: ['53', '84'] });
    expect(saintLouis.members.map(({ name, since, themes, cooperations, network }) => ({ name, since, themes, cooperations, network }))).toEqual([
      { name: 'Rennes', since: 2001, themes: ['eau-assainissement', 'sante', 'culture-patrimoine'], cooperations: 2, network: 'reseau-bretagne-solidaire' },
      { name: 'Brest', since: 2005, themes: ['eau-assainissement'], cooperations: 1, network: 'reseau-bretagne-solidaire' },
      { name: 'Lyon', since: 2015, themes: ['eau-assainissement', 'culture-patrimoine'], cooperations: 1, network: 'resacoop' },
    ]);
  });

  it('shares only the themes two or more collectivities work on there, most shared first', () => {
    expect(overlaps.places[0].sharedThemes).toEqual(['eau-assainissement', 'culture-patrimoine']);
    expect(overlaps.places.find((place) => place.key === 'MA/rabat')?.sharedThemes).toEqual([]);
  });

  it('follows the filter mask', () => {
    const withoutBrest = overlapsOf(RECORDS, (c) => c.ctCode !== BREST.ctCode && c.ctCode !== GRENOBLE.ctCode);
    expect(withoutBrest.places.map((place) => [place.key, place.members.length])).toEqual([['SN/saint-louis', 2]]);
    expect(withoutBrest.places[0].sharedThemes).toEqual(['eau-assainissement', 'culture-patrimoine']);
    expect(overlapsOf(RECORDS, () => false)).toEqual({ places: [], countries: [], summary: { places: 0, countries: 0, collectivities: 0 } });
  });

  it('gives the map each shared place with its number of French collectivities', () => {
    const index = indexOverlaps(buildIndex(RECORDS, () => undefined));
    expect(overlapMarkers(index, maskOf(RECORDS, () => true))).toEqual([
      { key: 'SN/saint-louis', position: [-16.49, 16.03], count: 3 },
      { key: 'BF/ouagadougou', position: [-1.53, 12.37], count: 2 },
      { key: 'MA/rabat', position: [-6.84, 34.02], count: 2 },
    ]);
    expect(overlapMarkers(index, maskOf(RECORDS, (c) => c.ctCode !== LYON.ctCode))).toEqual([
      { key: 'SN/saint-louis', position: [-16.49, 16.03], count: 2 },
      { key: 'MA/rabat', position: [-6.84, 34.02], count: 2 },
    ]);
  });
});

describe('poolingSuggestions', () => {
  const summary = (places: ReturnType<typeof overlapsOf>['places']) =>
    poolingSuggestions(places).map((s) => [s.scope, s.group, s.place.key, s.theme, s.members.map((member) => member.name)]);

  it('puts groups of one région first, then larger groups, then the places’ order', () => {
    expect(summary(overlapsOf(RECORDS).places)).toEqual([
      ['region', '53', 'SN/saint-louis', 'eau-assainissement', ['Rennes', 'Brest']],
      ['region', '84', 'BF/ouagadougou', 'eau-assainissement', ['Grenoble', 'Lyon']],
      ['regions', null, 'SN/saint-louis', 'eau-assainissement', ['Rennes', 'Brest', 'Lyon']],
      ['regions', null, 'SN/saint-louis', 'culture-patrimoine', ['Rennes', 'Lyon']],
    ]);
  });

  it('suggests a network apart only where it is not simply a région', () => {
    const LIMA = { partnerCountry: 'PE', partnerName: 'Lima' };
    const water = { themes: ['eau-assainissement' as const] };
    const records = [
      at({ ctCode: '78646', ctName: 'Versailles', ctRegion: '11', ctDepartement: '78' }, LIMA, water),
      at({ ctCode: '78551', ctName: 'Saint-Germain-en-Laye', ctRegion: '11', ctDepartement: '78' }, LIMA, water),
      at({ ctCode: '75056', ctName: 'Paris', ctRegion: '11', ctDepartement: '75' }, LIMA, water),
    ];
    expect(summary(overlapsOf(records).places)).toEqual([
      ['region', '11', 'PE/lima', 'eau-assainissement', ['Paris', 'Saint-Germain-en-Laye', 'Versailles']],
      ['network', 'ycid', 'PE/lima', 'eau-assainissement', ['Saint-Germain-en-Laye', 'Versailles']],
    ]);
  });
});
