import { computed, signal } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import type { CountryRecord } from '../domain/gazetteer';
import { buildIndex } from '../model/cooperation-index';
import { runFilters } from '../model/crossfilter';
import type { CategoryFacetId } from '../model/crossfilter';
import { EMPTY_STATE, NO_FILTERS, type AppState, type UnknownValue } from './url-codec';

/** The one store: what is loaded, what the user chose (mirrored in the URL), and what follows from both. */
export function createStore(cooperations: readonly Cooperation[], countries: readonly CountryRecord[]) {
  const countryByIso2 = new Map(countries.map((country) => [country.iso2, country]));
  const index = buildIndex(cooperations, (iso2) => countryByIso2.get(iso2)?.continent);
  const state = signal<AppState>(EMPTY_STATE);
  const notices = signal<UnknownValue[]>([]);
  const filtered = computed(() => runFilters(index, { values: state.value.filters, years: state.value.years }));

  return {
    index,
    countryByIso2,
    state,
    notices,
    filtered,
    update(change: Partial<AppState>) {
      state.value = { ...state.value, ...change };
    },
    setFacet(facet: CategoryFacetId, values: string[]) {
      state.value = { ...state.value, filters: { ...state.value.filters, [facet]: values } };
    },
    clearFilters() {
      state.value = { ...state.value, filters: NO_FILTERS, years: null };
    },
  };
}

export type Store = ReturnType<typeof createStore>;
