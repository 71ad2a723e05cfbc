/**
 * Statistics of the filtered cooperations: counts by category, collectivities, budgets.
 * Categories are read from the index's typed columns, so they match the filters' own.
 */
import { collectivityKey } from '../domain/collectivity-key';
import type { CooperationIndex, FacetColumn } from './cooperation-index';
import type { FacetId } from '../domain/facets';
import { countCategories, keptPositions, toBreakdown, type Breakdown, type BreakdownOptions } from './stats-tally';
import { budgetStats, type BudgetStats } from './stats-budget';
import { studyComparison, type StudyComparison } from './stats-study';
import { seniority, type Seniority } from './stats-seniority';
import { collectivityMeans, type CollectivityMeans } from './stats-means';
import type { FrenchTerritory } from './stats-population';

export interface CollectivityMean {
  value: string;
  collectivities: number;
  cooperations: number;
  mean: number;
}

export interface CooperationStats {
  cooperations: number;
  /** Distinct partner countries. */
  countries: number;
  byCountry: Breakdown;
  byContinent: Breakdown;
  /** A cooperation may have several themes: shares of `total` add up to more than 100 %. */
  byTheme: Breakdown;
  byNature: Breakdown;
  byTypology: Breakdown;
  byRegion: Breakdown;
  collectivities: number;
  collectivitiesByKind: Breakdown;
  collectivitiesByPopulation: Breakdown;
  /** Cooperations per collectivity; null with no collectivity. */
  meanPerCollectivity: number | null;
  meanPerCollectivityByPopulation: CollectivityMean[];
  budget: BudgetStats;
  /** Funders named by the cooperations, most named first. */
  byFunding: Breakdown;
  seniority: Seniority;
  means: CollectivityMeans;
  study: StudyComparison;
}

export interface StatsOptions {
  currentYear?: number;
  /** France commune by commune, so that a cost per inhabitant counts nobody twice (an EPCI's communes, an EPCI across départements). */
  territory?: FrenchTerritory;
}

export const TOP_COUNTRIES = 10;
export const TOP_FUNDINGS = 8;

function fundingBreakdown(cooperations: readonly { fundings: string[] }[], positions: ArrayLike<number>): Breakdown {
  const codes: string[] = [];
  const codeOf = new Map<string, number>();
  const tallies: number[] = [];
  let unknown = 0;
  for (let p = 0; p < positions.length; p++) {
    const { fundings } = cooperations[positions[p]];
    if (fundings.length === 0) unknown++;
    for (const funding of new Set(fundings)) {
      let code = codeOf.get(funding);
      if (code === undefined) {
        code = codes.push(funding) - 1;
        codeOf.set(funding, code);
        tallies.push(0);
      }
      tallies[code]++;
    }
  }
  return toBreakdown(codes, Uint32Array.from([...tallies, unknown]), positions.length, { top: TOP_FUNDINGS });
}

/** One record per collectivity (its first kept cooperation), with its number of kept cooperations. */
export function collectivityRepresentatives(index: CooperationIndex, positions: ArrayLike<number>) {
  const byCode = new Map<string, { position: number; cooperations: number }>();
  for (let p = 0; p < positions.length; p++) {
    const code = collectivityKey(index.cooperations[positions[p]]);
    const entry = byCode.get(code);
    if (entry) entry.cooperations++;
    else byCode.set(code, { position: positions[p], cooperations: 1 });
  }
  return [...byCode.values()];
}

function meansByCategory(
  column: FacetColumn,
  collectivities: readonly { position: number; cooperations: number }[],
): CollectivityMean[] {
  const sums = column.codes.map((value) => ({ value, collectivities: 0, cooperations: 0, mean: 0 }));
  for (const { position, cooperations } of collectivities) {
    const sum = sums[column.values[position]];
    if (!sum) continue;
    sum.collectivities++;
    sum.cooperations += cooperations;
  }
  return sums.filter((sum) => sum.collectivities > 0).map((sum) => ({ ...sum, mean: sum.cooperations / sum.collectivities }));
}

export function computeStats(index: CooperationIndex, mask: Uint8Array, { currentYear = new Date().getFullYear(), territory }: StatsOptions = {}): CooperationStats {
  const positions = keptPositions(mask);
  const total = positions.length;
  const { columns } = index;
  const byFacet = (facet: FacetId, options?: BreakdownOptions) =>
    toBreakdown(columns[facet].codes, countCategories(columns[facet], positions), total, options);

  const collectivities = collectivityRepresentatives(index, positions);
  const representatives = collectivities.map((collectivity) => collectivity.position);
  const collectivitiesBy = (facet: FacetId, options?: BreakdownOptions) =>
    toBreakdown(columns[facet].codes, countCategories(columns[facet], representatives), collectivities.length, options);

  const countryCounts = countCategories(columns.country, positions);
  return {
    cooperations: total,
    countries: countryCounts.subarray(0, columns.country.codes.length).reduce((sum, count) => sum + (count > 0 ? 1 : 0), 0),
    byCountry: byFacet('country', { top: TOP_COUNTRIES }),
    byContinent: byFacet('continent'),
    byTheme: byFacet('theme'),
    byNature: byFacet('nature'),
    byTypology: byFacet('typology'),
    byRegion: byFacet('region'),
    collectivities: collectivities.length,
    collectivitiesByKind: collectivitiesBy('kind'),
    collectivitiesByPopulation: collectivitiesBy('population', { ordered: true }),
    meanPerCollectivity: collectivities.length === 0 ? null : total / collectivities.length,
    meanPerCollectivityByPopulation: meansByCategory(columns.population, collectivities),
    budget: budgetStats(index.cooperations, positions, territory),
    byFunding: fundingBreakdown(index.cooperations, positions),
    seniority: seniority(index.cooperations, positions, currentYear),
    means: collectivityMeans(representatives.map((position) => index.cooperations[position])),
    study: studyComparison(index, positions),
  };
}
