import type { Cooperation } from '../domain/cooperation';
import { COLLECTIVITY_KINDS, NATURES } from '../domain/cooperation';
import type { ContinentId } from '../domain/gazetteer';
import { CONTINENT_IDS } from '../domain/gazetteer';
import { POPULATION_BANDS, populationBand } from '../domain/population-bands';
import { FRENCH_REGIONS, networkOf, REGIONAL_NETWORKS } from '../domain/regions';
import { THEME_IDS } from '../domain/themes';
import { TYPOLOGY_IDS } from '../domain/typology';

/** Facets a cooperation can be filtered and counted by. `theme` is multi-valued; `year` is filtered by range. */
export const FACET_IDS = [
  'theme',
  'region',
  'network',
  'typology',
  'country',
  'continent',
  'kind',
  'population',
  'nature',
  'status',
  'year',
] as const;
export type FacetId = (typeof FACET_IDS)[number];

export const STATUSES = ['active', 'ended'] as const;

/**
 * One facet as a typed column: values[i] is the position of record i's category in `codes`,
 * or codes.length when unknown. For `theme`, values[i] is a bit set over THEME_IDS instead.
 */
export interface FacetColumn {
  readonly codes: readonly string[];
  readonly values: Uint16Array | Uint32Array;
}

/**
 * Cooperations turned once into typed columns, so that filtering and counting read numbers
 * rather than objects (as flowmap.gl and crossfilter do).
 */
export interface CooperationIndex {
  readonly size: number;
  readonly cooperations: readonly Cooperation[];
  readonly columns: Readonly<Record<FacetId, FacetColumn>>;
}

function categoryColumn(codes: readonly string[], keys: readonly (string | null)[]): FacetColumn {
  const position = new Map(codes.map((code, i) => [code, i]));
  const values = codes.length < 0xffff ? new Uint16Array(keys.length) : new Uint32Array(keys.length);
  keys.forEach((key, i) => {
    values[i] = key === null ? codes.length : (position.get(key) ?? codes.length);
  });
  return { codes, values };
}

const distinctSorted = (keys: readonly (string | null)[]) =>
  [...new Set(keys.filter((key): key is string => key !== null))].sort();

export function buildIndex(
  cooperations: readonly Cooperation[],
  continentOf: (iso2: string) => ContinentId | undefined,
  currentYear = new Date().getFullYear(),
): CooperationIndex {
  const size = cooperations.length;
  const column = (codes: readonly string[], key: (c: Cooperation) => string | null) =>
    categoryColumn(codes, cooperations.map(key));
  const keyed = (key: (c: Cooperation) => string | null) => {
    const keys = cooperations.map(key);
    return categoryColumn(distinctSorted(keys), keys);
  };

  const themeBit = new Map(THEME_IDS.map((id, i) => [id, 1 << i]));
  const themeBits = new Uint32Array(size);
  cooperations.forEach((c, i) => {
    for (const theme of c.themes) themeBits[i] |= themeBit.get(theme) ?? 0;
  });

  return {
    size,
    cooperations,
    columns: {
      theme: { codes: THEME_IDS, values: themeBits },
      region: column(
        FRENCH_REGIONS.map((r) => r.code),
        (c) => c.ctRegion,
      ),
      network: column(
        REGIONAL_NETWORKS.map((n) => n.id),
        (c) => networkOf(c.ctRegion, c.ctDepartement)?.id ?? null,
      ),
      typology: column(TYPOLOGY_IDS, (c) => c.typology),
      country: keyed((c) => c.partnerCountry),
      continent: column(CONTINENT_IDS, (c) => continentOf(c.partnerCountry) ?? null),
      kind: column(COLLECTIVITY_KINDS, (c) => c.ctKind),
      population: column(
        POPULATION_BANDS.map((b) => b.id),
        (c) => populationBand(c.ctPopulation),
      ),
      nature: column(NATURES, (c) => c.nature),
      status: column(STATUSES, (c) => (c.endYear !== null && c.endYear < currentYear ? 'ended' : 'active')),
      year: keyed((c) => (c.startYear === null ? null : String(c.startYear))),
    },
  };
}
