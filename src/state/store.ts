import { collectivityKey } from '../domain/collectivity-key';
import { computed, signal } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import type { CountryRecord } from '../domain/gazetteer';
import type { TypologyId } from '../domain/typology';
import { buildIndex } from '../model/cooperation-index';
import { datasetGaps } from '../model/dataset-gaps';
import { runFilters, type CategoryFacetId } from '../model/crossfilter';
import type { Bounds } from '../model/bounds';
import { groupPositions, placeKey } from '../model/places';
import { typologyLookup, withComputedTypology } from '../model/typology';
import { EMPTY_STATE, NO_FILTERS, type AppState, type UnknownValue } from './url-codec';

/** Where the map should go next: a point and zoom, or a box to fit. */
export type Focus = { lon: number; lat: number; zoom: number } | { bounds: Bounds };

/** The one store: what is loaded, what the user chose (mirrored in the URL), and what follows from both. */
export function createStore(
  loaded: readonly Cooperation[],
  countries: readonly CountryRecord[],
  /** Keeps a model chosen in the app for a collectivity (null: back to its file or the classifier). */
  onDeclareTypology: (key: string, model: TypologyId | null) => void = () => {},
) {
  const countryByIso2 = new Map(countries.map((country) => [country.iso2, country]));
  const continentOf = (iso2: string) => countryByIso2.get(iso2)?.continent;
  const gaps = datasetGaps(loaded);
  // With nothing the typology rests on (the twinnings), no model is computed rather than guessed.
  const typologyOf = gaps.has('typology') ? () => undefined : typologyLookup(loaded, continentOf);
  // Rows without a declared model take the computed one, so that its facet and colours cover them.
  const cooperations = gaps.has('typology') ? loaded : withComputedTypology(loaded, typologyOf);
  const index = buildIndex(cooperations, continentOf);
  const byCollectivity = groupPositions(cooperations, collectivityKey);
  const byPlace = groupPositions(cooperations, placeKey);

  const state = signal<AppState>(EMPTY_STATE);
  const notices = signal<UnknownValue[]>([]);
  const focus = signal<Focus | null>(null);
  // Filtering reads these alone, so that moving the map or selecting does not filter again.
  const filters = computed(() => state.value.filters);
  const years = computed(() => state.value.years);
  const filtered = computed(() => runFilters(index, { values: filters.value, years: years.value }));

  /** All records of the selected collectivity or place, whatever the filters. */
  const selection = computed<number[] | null>(() => {
    const { ct, place } = state.value;
    if (ct !== null) return byCollectivity.get(ct) ?? [];
    if (place !== null) return byPlace.get(place) ?? [];
    return null;
  });

  return {
    gaps,
    index,
    countryByIso2,
    byCollectivity,
    byPlace,
    state,
    notices,
    focus,
    filtered,
    selection,
    /** The ACTER model of a collectivity (declared or computed) and its full classification. */
    typology: typologyOf,
    declareTypology: onDeclareTypology,
    update(change: Partial<AppState>) {
      state.value = { ...state.value, ...change };
    },
    setFacet(facet: CategoryFacetId, values: string[]) {
      state.value = { ...state.value, filters: { ...state.value.filters, [facet]: values } };
    },
    clearFilters() {
      state.value = { ...state.value, filters: NO_FILTERS, years: null };
    },
    selectCollectivity(code: string | null) {
      state.value = { ...state.value, ct: code, place: null };
    },
    selectPlace(key: string | null) {
      state.value = { ...state.value, ct: null, place: key };
    },
  };
}

export type Store = ReturnType<typeof createStore>;
