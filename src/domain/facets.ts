/**
 * The facet registry: every facet a cooperation can be filtered, counted and coloured by,
 * described once. The index, the filters, the address, the filter panel, the legend and the
 * statistics read it; adding a facet is adding one entry here (and its labels, which the
 * compiler then asks for).
 */
import { COLLECTIVITY_KINDS, isEnded, NATURES, type Cooperation } from './cooperation';
import { CONTINENT_IDS, type ContinentId } from './gazetteer';
import { POPULATION_BANDS, populationBand } from './population-bands';
import { FRENCH_REGIONS, networkOf, REGIONAL_NETWORKS } from './regions';
import { THEME_IDS } from './themes';
import { TYPOLOGY_IDS } from './typology';

export const STATUSES = ['active', 'ended'] as const;

/** What a facet may need beyond the cooperation to give its value. */
export interface FacetContext {
  continentOf: (iso2: string) => ContinentId | undefined;
  currentYear: number;
}

/** What a dataset may lack entirely: the twinnings of Wikipedia give neither themes, nor budgets, nor anything the typology rests on. */
export type DatasetGap = 'themes' | 'budgets' | 'typology';

interface FacetBase {
  /** Known values in the order the interface lists them; null: the distinct values of the data, sorted. */
  values: readonly string[] | null;
  /** How an address value is made comparable before it is looked up (case, padding); default: as written. */
  normalise?: (raw: string) => string;
  /** Present when the facet can colour the map: the values its legend lists, in order. */
  colours?: readonly string[];
  /** Many values: the filter panel offers a search box. */
  searchable?: boolean;
  /** The field a dataset may lack entirely: then the facet's filter and chart say so instead of zeros. */
  needs?: DatasetGap;
}

/** A facet with one value per cooperation (null when unknown). */
export interface SingleValuedFacet extends FacetBase {
  valueOf: (cooperation: Cooperation, context: FacetContext) => string | null;
}

/** A facet with several values per cooperation (themes): at most 32 known values, kept as bits. */
export interface MultiValuedFacet extends FacetBase {
  values: readonly string[];
  valuesOf: (cooperation: Cooperation) => readonly string[];
}

export type FacetDescriptor = SingleValuedFacet | MultiValuedFacet;

export const FACETS = {
  theme: { values: THEME_IDS, valuesOf: (c) => c.themes, colours: THEME_IDS, needs: 'themes' },
  region: { values: FRENCH_REGIONS.map((r) => r.code), valueOf: (c) => c.ctRegion, normalise: (raw) => raw.padStart(2, '0') },
  network: { values: REGIONAL_NETWORKS.map((n) => n.id), valueOf: (c) => networkOf(c.ctRegion, c.ctDepartement)?.id ?? null },
  typology: { values: TYPOLOGY_IDS, valueOf: (c) => c.typology, normalise: (raw) => raw.toLowerCase(), colours: TYPOLOGY_IDS, needs: 'typology' },
  country: { values: null, valueOf: (c) => c.partnerCountry, normalise: (raw) => raw.toUpperCase(), searchable: true },
  continent: {
    values: CONTINENT_IDS,
    valueOf: (c, { continentOf }) => continentOf(c.partnerCountry) ?? null,
    colours: CONTINENT_IDS.filter((id) => id !== 'antarctique'),
  },
  kind: { values: COLLECTIVITY_KINDS, valueOf: (c) => c.ctKind },
  population: { values: POPULATION_BANDS.map((b) => b.id), valueOf: (c) => populationBand(c.ctPopulation) },
  nature: { values: NATURES, valueOf: (c) => c.nature, colours: NATURES },
  status: { values: STATUSES, valueOf: (c, { currentYear }) => (isEnded(c, currentYear) ? 'ended' : 'active') },
} satisfies Record<string, FacetDescriptor>;

export type CategoryFacetId = keyof typeof FACETS;
/** The category facets, then the start year (filtered by range, counted like the others). */
export type FacetId = CategoryFacetId | 'year';

export const CATEGORY_FACET_IDS = Object.keys(FACETS) as CategoryFacetId[];
export const FACET_IDS: readonly FacetId[] = [...CATEGORY_FACET_IDS, 'year'];

/** The facets whose values are the data's (the partner countries) rather than a fixed list. */
export type OpenFacetId = { [F in CategoryFacetId]: (typeof FACETS)[F]['values'] extends null ? F : never }[CategoryFacetId];

export const isOpenFacet = (id: CategoryFacetId): id is OpenFacetId => facet(id).values === null;

/** The facets that can colour the map. */
export type ColorAttribute = { [F in CategoryFacetId]: (typeof FACETS)[F] extends { colours: readonly string[] } ? F : never }[CategoryFacetId];

export const COLOR_ATTRIBUTES = CATEGORY_FACET_IDS.filter((id): id is ColorAttribute => facet(id).colours !== undefined);

export function facet(id: CategoryFacetId): FacetDescriptor {
  return FACETS[id];
}

export const isMultiValued = (descriptor: FacetDescriptor): descriptor is MultiValuedFacet => 'valuesOf' in descriptor;

/** The one value of a cooperation for a facet: the first of a multi-valued one (the main theme). */
export function facetValue(id: CategoryFacetId, cooperation: Cooperation, context: FacetContext): string | null {
  const descriptor = facet(id);
  return isMultiValued(descriptor) ? (descriptor.valuesOf(cooperation)[0] ?? null) : descriptor.valueOf(cooperation, context);
}

/** The values chosen in each facet: one facet's combine with OR, facets with AND. */
export type FacetFilters = Record<CategoryFacetId, string[]>;

/** A record with one entry per category facet, in the registry's order. */
export function perFacet<T>(value: (id: CategoryFacetId) => T): Record<CategoryFacetId, T> {
  return Object.fromEntries(CATEGORY_FACET_IDS.map((id) => [id, value(id)])) as Record<CategoryFacetId, T>;
}

export const NO_FILTERS: FacetFilters = perFacet(() => []);
