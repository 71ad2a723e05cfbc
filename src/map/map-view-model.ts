import { computed } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import { regionByCode } from '../domain/regions';
import { categoryOf } from '../model/categories';
import { aggregateFlows, regionCentres, type LonLat } from '../model/flows';
import type { Store } from '../state/store';
import { cooperationArcs, endpointsOf, flowArcs, type ArcDatum, type EndpointNames } from './arc-data';
import { colorLookup } from './palette';

/** Above this many cooperations, "auto" draws aggregated flows rather than one arc each. */
export const AUTO_FLOWS_ABOVE = 800;

export function regionName(code: string): string {
  return regionByCode(code)?.name ?? code;
}

/** What the map draws, derived from the store: recomputed only when the filters, selection or display choices change. */
export function createMapViewModel(store: Store, countryName: (iso2: string) => string) {
  const names: EndpointNames = { region: regionName, country: countryName };
  const centres = regionCentres(store.index);
  const continentOf = (iso2: string) => store.countryByIso2.get(iso2)?.continent;
  const countryPoint = (iso2: string): LonLat | undefined => {
    const country = store.countryByIso2.get(iso2);
    return country ? [country.lon, country.lat] : undefined;
  };
  const colorBy = computed(() => store.state.value.colorBy);
  const colorOfCooperation = computed(() => {
    const attribute = colorBy.value;
    const colorOf = colorLookup(attribute);
    return (c: Cooperation) => colorOf(categoryOf(c, attribute, continentOf));
  });

  const drawsFlows = computed(() => {
    const { mode } = store.state.value;
    return mode === 'flows' || (mode === 'auto' && store.filtered.value.count > AUTO_FLOWS_ABOVE);
  });

  const arcs = computed<ArcDatum[]>(() => {
    const { mask } = store.filtered.value;
    const { cooperations } = store.index;
    if (drawsFlows.value) {
      const attribute = colorBy.value;
      const flows = aggregateFlows(store.index, mask, centres, countryPoint, (i) => categoryOf(cooperations[i], attribute, continentOf));
      return flowArcs(flows, colorLookup(attribute));
    }
    return cooperationArcs(
      cooperations.filter((_, i) => mask[i]),
      colorOfCooperation.value,
    );
  });
  const endpoints = computed(() => endpointsOf(arcs.value, names));

  /** The selection's cooperations that the filters keep. */
  const selectedArcs = computed<ArcDatum[] | null>(() => {
    const positions = store.selection.value;
    if (positions === null) return null;
    const { mask } = store.filtered.value;
    const kept = positions.filter((i) => mask[i]).map((i) => store.index.cooperations[i]);
    return cooperationArcs(kept, colorOfCooperation.value, 2.5);
  });
  const selectedEndpoints = computed(() => (selectedArcs.value === null ? null : endpointsOf(selectedArcs.value, names)));

  return { drawsFlows, arcs, endpoints, selectedArcs, selectedEndpoints };
}

export type MapViewModel = ReturnType<typeof createMapViewModel>;
