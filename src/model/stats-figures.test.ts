import { describe, expect, it } from 'vitest';
import type { ContinentId } from '../domain/gazetteer';
import { buildIndex } from './cooperation-index';
import { computeStats } from './stats';
import { headlineFigures, isSmallSample } from './stats-headline';
import { coveredPopulation } from './stats-population';
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
    expect(coveredPopulation([bretagne, illeEtVilaine, rennesMetropole, rennes, brest])).toEqual({ population: 3_400_000, counted: 1, nested: 4 });
  });

  it('adds nothing for a commune or an EPCI inside a cooperating département, and counts the others', () => {
    expect(coveredPopulation([illeEtVilaine, rennesMetropole, rennes, brest])).toEqual({ population: 1_240_000, counted: 2, nested: 2 });
  });

  it('adds nothing for a commune of a cooperating EPCI once the communes’ EPCI is known', () => {
    const epciOf = (code: string) => (code === rennes.ctCode ? rennesMetropole.ctCode : null);
    expect(coveredPopulation([rennesMetropole, rennes, vitre], epciOf)).toEqual({ population: 479_000, counted: 2, nested: 1 });
    expect(coveredPopulation([rennesMetropole, rennes, vitre])).toEqual({ population: 704_000, counted: 3, nested: 0 });
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
