import { describe, expect, it } from 'vitest';
import type { ContinentId } from '../domain/gazetteer';
import { buildIndex } from './cooperation-index';
import { computeStats, TOP_COUNTRIES } from './stats';
import { median } from './stats-budget';
import { ratio } from './stats-study';
import { makeCooperation } from '../../tests/support/make-cooperation';

const continents: Record<string, ContinentId> = { SN: 'afrique', MA: 'afrique', DE: 'europe', BR: 'amerique-latine-caraibes' };
const continentOf = (iso2: string) => continents[iso2];

const villeA = { ctCode: 'A', ctKind: 'commune', ctRegion: '53', ctPopulation: 1_000, typology: 'humanis' } as const;
const epciB = { ctCode: 'B', ctKind: 'epci', ctRegion: '84', ctPopulation: 60_000, typology: 'climapart' } as const;
const regionC = { ctCode: 'C', ctKind: 'region', ctRegion: '11', ctPopulation: null } as const;
const cooperations = [
  makeCooperation({ id: 'a', ...villeA, partnerCountry: 'SN', themes: ['eau-assainissement', 'sante'], nature: 'cooperation-decentralisee', annualBudgetEur: 1_000 }),
  makeCooperation({ id: 'b', ...villeA, partnerCountry: 'MA', themes: ['culture-patrimoine'], nature: 'jumelage', annualBudgetEur: 3_000 }),
  makeCooperation({ id: 'c', ...epciB, partnerCountry: 'SN', themes: ['urgence-humanitaire'], nature: 'cooperation-decentralisee' }),
  makeCooperation({ id: 'd', ...epciB, partnerCountry: 'DE', nature: 'cooperation-decentralisee', annualBudgetEur: 6_000 }),
  makeCooperation({ id: 'e', ...regionC, partnerCountry: 'BR', themes: ['culture-patrimoine', 'eau-assainissement'], annualBudgetEur: 10_000 }),
  makeCooperation({ id: 'f', ...epciB, partnerCountry: 'SN', themes: ['sante'], nature: 'cooperation-decentralisee', annualBudgetEur: 2_000 }),
];
const index = buildIndex(cooperations, continentOf, 2026);
const maskOf = (ids: string[]) => Uint8Array.from(cooperations, (c) => (ids.includes(c.id) ? 1 : 0));
const all = computeStats(index, maskOf(['a', 'b', 'c', 'd', 'e', 'f']));

describe('computeStats: cooperations by category', () => {
  it('counts partner countries, most frequent first, ties by code', () => {
    expect(all.cooperations).toBe(6);
    expect(all.byCountry).toEqual({
      rows: [
        { value: 'SN', count: 3 },
        { value: 'BR', count: 1 },
        { value: 'DE', count: 1 },
        { value: 'MA', count: 1 },
      ],
      other: 0,
      unknown: 0,
      total: 6,
    });
  });

  it('keeps the top ten countries and sums the others', () => {
    const countries = ['SN', 'SN', 'MA', 'ML', 'BF', 'MG', 'TN', 'DZ', 'BJ', 'TG', 'NE', 'CM', 'GA'];
    const many = countries.map((partnerCountry, i) => makeCooperation({ id: String(i), partnerCountry }));
    const stats = computeStats(buildIndex(many, () => 'afrique'), new Uint8Array(many.length).fill(1));
    expect(stats.byCountry.rows).toHaveLength(TOP_COUNTRIES);
    expect(stats.byCountry.rows[0]).toEqual({ value: 'SN', count: 2 });
    expect(stats.byCountry.other).toBe(2);
  });

  it('counts continents, natures, typologies and régions, with the unknown apart', () => {
    expect(all.byContinent.rows).toEqual([
      { value: 'afrique', count: 4 },
      { value: 'amerique-latine-caraibes', count: 1 },
      { value: 'europe', count: 1 },
    ]);
    expect(all.byNature).toMatchObject({ rows: [{ value: 'cooperation-decentralisee', count: 4 }, { value: 'jumelage', count: 1 }], unknown: 1 });
    expect(all.byTypology).toMatchObject({ rows: [{ value: 'climapart', count: 3 }, { value: 'humanis', count: 2 }], unknown: 1 });
    expect(all.byRegion.rows).toEqual([
      { value: '84', count: 3 },
      { value: '53', count: 2 },
      { value: '11', count: 1 },
    ]);
  });

  it('counts every theme of a cooperation, so shares may add up to more than the whole', () => {
    expect(all.byTheme).toEqual({
      rows: [
        { value: 'culture-patrimoine', count: 2 },
        { value: 'eau-assainissement', count: 2 },
        { value: 'sante', count: 2 },
        { value: 'urgence-humanitaire', count: 1 },
      ],
      other: 0,
      unknown: 1,
      total: 6,
    });
  });
});

describe('computeStats: collectivities', () => {
  it('counts each collectivity once, by kind and by population band in band order', () => {
    expect(all.collectivities).toBe(3);
    expect(all.collectivitiesByKind.rows.map((row) => [row.value, row.count])).toEqual([
      ['commune', 1],
      ['epci', 1],
      ['region', 1],
    ]);
    expect(all.collectivitiesByPopulation).toEqual({
      rows: [
        { value: 'moins-2k', count: 1 },
        { value: '50k-100k', count: 1 },
      ],
      other: 0,
      unknown: 1,
      total: 3,
    });
  });

  it('averages cooperations per collectivity, overall and by population band', () => {
    expect(all.meanPerCollectivity).toBe(2);
    expect(all.meanPerCollectivityByPopulation).toEqual([
      { value: 'moins-2k', collectivities: 1, cooperations: 2, mean: 2 },
      { value: '50k-100k', collectivities: 1, cooperations: 3, mean: 3 },
    ]);
  });

  it('counts only the kept cooperations', () => {
    const some = computeStats(index, maskOf(['b', 'c', 'd']));
    expect(some.cooperations).toBe(3);
    expect(some.collectivities).toBe(2);
    expect(some.meanPerCollectivity).toBe(1.5);
    expect(some.byCountry.rows.map((row) => row.value)).toEqual(['DE', 'MA', 'SN']);
  });
});

describe('computeStats: budgets', () => {
  it('sums and takes the median of the known budgets', () => {
    expect(all.budget).toMatchObject({ known: 5, totalEur: 22_000, medianEur: 3_000 });
    expect(median(Float64Array.of(1, 2, 3, 10))).toBe(2.5);
  });

  it('divides the budgets of collectivities with a known population by their population, each counted once', () => {
    expect(all.budget.perInhabitant).toEqual({
      eurPerInhabitant: 12_000 / 61_000,
      collectivities: 2,
      population: 61_000,
      nested: 0,
      budgetEur: 12_000,
    });
  });
});

describe('computeStats: the study’s questions', () => {
  it('takes the share of Africa among decentralised cooperations only', () => {
    expect(all.study.africaAmongDecentralised).toEqual({ count: 3, total: 4 });
    expect(ratio(all.study.africaAmongDecentralised)).toBe(0.75);
  });

  it('ranks African partner countries', () => {
    expect(all.study.topAfricanCountries).toEqual([
      { value: 'SN', count: 3 },
      { value: 'MA', count: 1 },
    ]);
  });

  it('counts a cooperation in a study theme when it has any of the themes that stand for it', () => {
    expect(all.study.themeGroups).toEqual([
      { id: 'aide-developpement', share: { count: 3, total: 6 } },
      { id: 'culture', share: { count: 2, total: 6 } },
      { id: 'aide-urgence', share: { count: 1, total: 6 } },
    ]);
  });
});

describe('computeStats with nothing kept', () => {
  it('has no mean, median, per-inhabitant amount or share', () => {
    const none = computeStats(index, maskOf([]));
    expect(none.cooperations).toBe(0);
    expect(none.meanPerCollectivity).toBeNull();
    expect(none.budget).toEqual({ known: 0, totalEur: 0, medianEur: null, perInhabitant: null });
    expect(ratio(none.study.africaAmongDecentralised)).toBeNull();
    expect(none.byCountry.rows).toEqual([]);
  });
});
