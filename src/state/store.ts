import { computed, signal } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import type { CountryRecord } from '../domain/gazetteer';
import { buildIndex, filterIndex } from '../model/cooperation-index';
import { EMPTY_STATE, type AppState, type UnknownValue } from './url-codec';

/** The one store: what is loaded, what the user chose (mirrored in the URL), and what follows from both. */
export function createStore(cooperations: readonly Cooperation[], countries: readonly CountryRecord[]) {
  const index = buildIndex(cooperations);
  const countryByIso2 = new Map(countries.map((country) => [country.iso2, country]));
  const state = signal<AppState>(EMPTY_STATE);
  const notices = signal<UnknownValue[]>([]);
  const filtered = computed(() => filterIndex(index, state.value));

  return {
    index,
    countryByIso2,
    state,
    notices,
    filtered,
    update(change: Partial<AppState>) {
      state.value = { ...state.value, ...change };
    },
    clearFilters() {
      state.value = { ...state.value, themes: [], regions: [], typologies: [], countries: [], ct: null };
    },
  };
}

export type Store = ReturnType<typeof createStore>;
