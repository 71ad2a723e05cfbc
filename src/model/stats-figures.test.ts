import { describe, expect, it } from 'vitest';
import type { ContinentId } from '../domain/gazetteer';
import { buildIndex } from './cooperation-index';
import { computeStats } from './stats';
import { headlineFigures, isSmallSample } from './stats-headline';
import { coveredPopulation, type FrenchTerritory } from './stats-population';
import { themeGroupShare } from './stats-study';
import { makeCooperation } from '../../tests/support/make-cooperation';

const continents: Record<string, ContinentId> = { SN: 'afrique', MA: 'afrique', DE: 'europe' };
const continentOf = (iso2: string) => continents[iso2];

// Bretagne (53) cooperates, and so do Ille-et-Vilaine (35), Rennes Métropole and Rennes inside them; Brest (29) is alone in its département.
const bretagne = { ctCode: '53', ctKind: 'region', ctRegion: '53', ctDepartement: null, ctPopulation: 3_400_000 } as const;
const illeEtVilaine = { ctCode: '35', ctKind: 'departement', ctRegion: '53', ctDepartement: '35', ctPopulation: 1_100_000 } as const;
const rennesMetropole = { ctCode: '243500139', ctKind: 'epci', ctRegion: '53', ctDepartement: '35', ctPopulation: 460_000 } as const;
const rennes = { ctCode: '35238', ctKind: 'commune', ctRegion: '53', ctDepartement: '35', ctPopulation: 225_000 } as const;
const brest = { ctCode: '29019', ctKind: 'commune', ctRegion: '53', ctDepartement: '29', ctPopulation: 140_000 } as const;
const vitre = { ctCode: '35360', ctKind: 'commune', ctRegion: '53', ctDepartement: '35', ctPopulation: 19_000 } as const;

describe('coveredPopulation: an inhabitant counted once', () => {
  it('adds nothing for a commune, an EPCI or a département inside a cooperating région', () => {
    expect(coveredPopulation([bretagne, illeEtVilaine, rennesMetropole, rennes, brest])).toEqual({ population: 3_400_000, collectivities: 5, nested: 4 });
  });

  it('adds nothing for a commune or an EPCI inside a cooperating département, and counts the others', () => {
    expect(coveredPopulation([illeEtVilaine, rennesMetropole, rennes, brest])).toEqual({ population: 1_240_000, collectivities: 4, nested: 2 });
  });

  // A hand-made France: Rennes and Vitré in Ille-et-Vilaine, Rennes in Rennes Métropole; an EPCI across Ille-et-Vilaine and Morbihan.
  const territory: FrenchTerritory = {
    communes: [
      ['35238', '35', '243500139', 225_000],
      ['35360', '35', null, 19_000],
      ['35001', '35', '200000001', 1_000],
      ['56001', '56', '200000001', 2_000],
      ['29019', '29', null, 140_000],
    ],
    regionOfDepartement: new Map([['35', '53'], ['56', '53'], ['29', '53']]),
  };

  it('adds nothing for a commune of a cooperating EPCI, which only the gazetteer knows', () => {
    expect(coveredPopulation([rennesMetropole, rennes, vitre]).population).toBe(704_000);
    // Rennes Métropole's own communes here: Rennes alone (225,000), and Vitré.
    expect(coveredPopulation([rennesMetropole, rennes, vitre], territory)).toEqual({ population: 244_000, collectivities: 3, nested: 1 });
  });

  it('counts an EPCI across two départements once beside one of them, commune by commune', () => {
    const across = { ctCode: '200000001', ctKind: 'epci', ctRegion: '53', ctDepartement: '35', ctPopulation: 3_000 } as const;
    const morbihan = { ctCode: '56', ctKind: 'departement', ctRegion: '53', ctDepartement: '56', ctPopulation: 2_000 } as const;
    expect(coveredPopulation([across, morbihan], territory)).toEqual({ population: 3_000, collectivities: 2, nested: 0 });
    expect(coveredPopulation([across, morbihan]).population).toBe(5_000);
  });

  it('adds the inhabitants of a collectivity the gazetteer does not know, unless it lies inside another', () => {
    const unknownCommune = { ctCode: '99999', ctKind: 'commune', ctRegion: '53', ctDepartement: '29', ctPopulation: 500 } as const;
    const syndicat = { ctCode: 'S1', ctKind: 'syndicat', ctRegion: '53', ctDepartement: '35', ctPopulation: 10_000 } as const;
    expect(coveredPopulation([brest, unknownCommune, syndicat], territory).population).toBe(150_500);
  });
});

const cooperations = [
  makeCooperation({ id: '1', ...illeEtVilaine, ctName: 'Ille-et-Vilaine', partnerCountry: 'SN', annualBudgetEur: 100_000, startYear: 1990, aectBudgetEur: 400_000, riService: true, europeService: true, fundings: ['MEAE', 'AFD'] }),
  makeCooperation({ id: '2', ...rennes, partnerCountry: 'MA', annualBudgetEur: 12_500, startYear: 2010, aectBudgetEur: 5_000, riService: true, europeService: false, fundings: ['MEAE'] }),
  makeCooperation({ id: '3', ...rennes, partnerCountry: 'SN', startYear: 2001 }),
  makeCooperation({ id: '4', ...brest, partnerCountry: 'DE', annualBudgetEur: 27_500, startYear: 2020, riService: false }),
];
const index = buildIndex(cooperations, continentOf, 2026);
const stats = computeStats(index, new Uint8Array(cooperations.length).fill(1), { currentYear: 2026 });

describe('headline figures', () => {
  it('counts cooperations, collectivities and distinct partner countries', () => {
    expect(headlineFigures(stats)).toMatchObject({ cooperations: 4, collectivities: 3, countries: 3 });
  });

  it('gives the share of all cooperations whose partner is in Africa as a ratio', () => {
    expect(headlineFigures(stats)['africa-share']).toBe(3 / 4);
  });

  it('takes the median and total of the known annual budgets', () => {
    expect(headlineFigures(stats)).toMatchObject({ 'budget-median': 27_500, 'budget-total': 140_000 });
  });

  it('takes the median of the years since each collectivity’s first start (36, 25, 6)', () => {
    expect(headlineFigures(stats)['years-engaged']).toBe(25);
    expect(stats.seniority).toEqual({ known: 3, medianYears: 25, overTen: 2, overTwenty: 2 });
  });

  it('gives no budget figure, not a zero, when no budget is known', () => {
    const noBudget = cooperations.map((c) => ({ ...c, annualBudgetEur: null }));
    const figures = headlineFigures(computeStats(buildIndex(noBudget, continentOf, 2026), new Uint8Array(4).fill(1)));
    expect(figures['budget-median']).toBeNull();
    expect(figures['budget-total']).toBeNull();
  });

  it('calls fewer than 30 collectivities a small sample', () => {
    expect(isSmallSample(stats)).toBe(true);
    expect(isSmallSample({ collectivities: 30 })).toBe(false);
  });
});

describe('honest arithmetic per inhabitant', () => {
  it('divides the known budgets by the département’s inhabitants once, not again by Rennes’s', () => {
    expect(stats.budget.perInhabitant).toEqual({
      eurPerInhabitant: 140_000 / 1_240_000,
      collectivities: 3,
      population: 1_240_000,
      nested: 1,
      budgetEur: 140_000,
    });
  });
});

describe('the collectivities’ means', () => {
  it('reads declared budgets, RI and Europe services over the collectivities that declare them', () => {
    expect(stats.means).toEqual({
      aectKnown: 2,
      aectMedianEur: 202_500,
      aectMeanEur: 202_500,
      aectBelow10k: 1,
      aect250kTo500k: 1,
      riService: { count: 2, total: 3 },
      europeService: { count: 1, total: 2 },
    });
  });

  it('ranks the funders named by the cooperations', () => {
    expect(stats.byFunding).toEqual({ rows: [{ value: 'MEAE', count: 2 }, { value: 'AFD', count: 1 }], other: 0, unknown: 2, total: 4 });
  });
});

describe('a field absent from every row (a twinnings list: no theme, no budget)', () => {
  it('gives no theme share rather than a zero', () => {
    const bare = cooperations.map((c) => ({ ...c, themes: [] }));
    const study = computeStats(buildIndex(bare, continentOf, 2026), new Uint8Array(bare.length).fill(1)).study;
    expect(study.withThemes).toBe(0);
    expect(study.themeGroups.map(({ share }) => themeGroupShare(study, share))).toEqual([null, null, null]);
    const themed = computeStats(buildIndex([{ ...bare[0], themes: ['sante'] }, bare[1]], continentOf, 2026), Uint8Array.of(1, 1)).study;
    expect(themeGroupShare(themed, themed.themeGroups[0].share)).toBe(1 / 2);
  });
});
