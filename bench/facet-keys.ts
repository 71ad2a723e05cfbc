import type { Cooperation } from '../src/domain/cooperation';
import type { Selection } from '../src/model/crossfilter';
import type { CategoryFacetId } from '../src/domain/facets';
import { populationBand } from '../src/domain/population-bands';
import { networkOf } from '../src/domain/regions';
import type { Dataset } from './dataset';

/**
 * The facets as a user of crossfilter2 or plain arrays would write them: keys read from the
 * records (themes as an array), '' for unknown.
 */
export type FacetKeys = Record<Exclude<CategoryFacetId, 'theme'>, (c: Cooperation) => string> & {
  theme: (c: Cooperation) => readonly string[];
  year: (c: Cooperation) => number;
};

export function facetKeys({ continentOf, currentYear }: Dataset): FacetKeys {
  return {
    theme: (c) => c.themes,
    region: (c) => c.ctRegion,
    network: (c) => networkOf(c.ctRegion, c.ctDepartement)?.id ?? '',
    typology: (c) => c.typology ?? '',
    country: (c) => c.partnerCountry,
    continent: (c) => continentOf(c.partnerCountry) ?? '',
    kind: (c) => c.ctKind,
    population: (c) => populationBand(c.ctPopulation) ?? '',
    nature: (c) => c.nature ?? '',
    status: (c) => (c.endYear !== null && c.endYear < currentYear ? 'ended' : 'active'),
    year: (c) => c.startYear ?? -1,
  };
}

export type FacetName = keyof FacetKeys;
export const FACET_NAMES = ['theme', 'region', 'network', 'typology', 'country', 'continent', 'kind', 'population', 'nature', 'status', 'year'] as const satisfies readonly FacetName[];

/** Facets whose filter differs between two selections. */
export function changedFacets(before: Selection, after: Selection): FacetName[] {
  return FACET_NAMES.filter((facet) =>
    facet === 'year'
      ? JSON.stringify(before.years) !== JSON.stringify(after.years)
      : String(before.values[facet] ?? []) !== String(after.values[facet] ?? []),
  );
}
