import { collectivityKey } from '../domain/collectivity-key';
import { computed, signal } from '@preact/signals';
import { EMPTY_STATE, type AppState } from '../domain/app-state';
import type { Cooperation } from '../domain/cooperation';
import { NO_FILTERS, type CategoryFacetId, type FacetContext } from '../domain/facets';
import { continentLookup, type CountryRecord } from '../domain/gazetteer';
import type { TypologyId } from '../domain/typology';
import { buildIndex, withRows } from '../model/cooperation-index';
import { runFilters } from '../model/crossfilter';
import { datasetGaps } from '../model/dataset-gaps';
import type { Bounds } from '../model/bounds';
import { groupPositions, placeKey } from '../model/places';
import { typedRow, typologyLookup, withChoice, withTypologies, type ChosenTypologies } from '../model/typology';
import { changedTypologies } from './declared-typologies';
import type { UnknownValue } from './url-codec';

/** Where the map should go next: a point and zoom, or a box to fit. */
export type Focus = { lon: number; lat: number; zoom: number } | { bounds: Bounds };

/** The models a network chose in the app for this dataset, and how a new choice is kept. */
export interface TypologyChoices {
  initial: ChosenTypologies;
  declare: (current: ChosenTypologies, key: string, model: TypologyId | null) => ChosenTypologies;
}

const IN_MEMORY: TypologyChoices = { initial: {}, declare: changedTypologies };

/** The one store: what is loaded, what the user chose (mirrored in the URL), and what follows from both. */
export function createStore(loaded: readonly Cooperation[], countries: readonly CountryRecord[], choices: TypologyChoices = IN_MEMORY) {
  const countryByIso2 = new Map(countries.map((country) => [country.iso2, country]));
  const facetContext: FacetContext = { continentOf: continentLookup(countries), currentYear: new Date().getFullYear() };
  const gaps = datasetGaps(loaded);
  // With nothing the typology rests on (the twinnings), no model is computed rather than guessed.
  const fileTypology = gaps.has('typology') ? () => undefined : typologyLookup(loaded, facetContext.continentOf);
  const chosen = signal(choices.initial);
  const byCollectivity = groupPositions(loaded, collectivityKey);
  const byPlace = groupPositions(loaded, placeKey);
  // Every row carries its collectivity's model, so that the typology facet and colours cover them.
  const index = signal(buildIndex(withTypologies(loaded, fileTypology, choices.initial), facetContext.continentOf, facetContext.currentYear));

  const state = signal<AppState>(EMPTY_STATE);
  const notices = signal<UnknownValue[]>([]);
  const focus = signal<Focus | null>(null);
  // Filtering reads these alone, so that moving the map or selecting does not filter again.
  const filters = computed(() => state.value.filters);
  const years = computed(() => state.value.years);
  const filtered = computed(() => runFilters(index.value, { values: filters.value, years: years.value }));

  /** All records of the selected collectivity or place, whatever the filters. */
  const selection = computed<number[] | null>(() => {
    const { ct, place } = state.value;
    if (ct !== null) return byCollectivity.get(ct) ?? [];
    if (place !== null) return byPlace.get(place) ?? [];
    return null;
  });

  return {
    gaps,
    /** The cooperations as typed columns; replaced (never rebuilt from scratch) when a model is chosen. */
    get index() {
      return index.value;
    },
    countryByIso2,
    facetContext,
    byCollectivity,
    byPlace,
    state,
    notices,
    focus,
    filtered,
    selection,
    /** The ACTER model of a collectivity (chosen in the app, declared or computed) and its full classification. */
    typology(ctCode: string) {
      const typology = fileTypology(ctCode);
      return typology && withChoice(typology, chosen.value[ctCode]);
    },
    /** Chooses a collectivity's model (null: back to its file or the classifier): only its rows change. */
    declareTypology(key: string, model: TypologyId | null) {
      chosen.value = choices.declare(chosen.value, key, model);
      const positions = byCollectivity.get(key) ?? [];
      const rows = positions.map((position) => typedRow(loaded[position], fileTypology(key), chosen.value[key]));
      index.value = withRows(index.value, positions, rows, facetContext);
    },
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
