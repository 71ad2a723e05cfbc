import { computed } from '@preact/signals';
import { regionByCode } from '../domain/regions';
import { categoryOf } from '../model/categories';
import { aggregateFlows, regionCentres, type LonLat } from '../model/flows';
import type { Store } from '../state/store';
import { cooperationArcs, endpointsOf, flowArcs, type ArcDatum } from './arc-data';
import { colorLookup } from './palette';

/** Above this many cooperations, "auto" draws aggregated flows rather than one arc each. */
export const AUTO_FLOWS_ABOVE = 800;

export function regionName(code: string): string {
  return regionByCode(code)?.name ?? code;
}

/** What the map draws, derived from the store: recomputed only when the filters or display choices change. */
export function createMapViewModel(store: Store, countryName: (iso2: string) => string) {
  const centres = regionCentres(store.index);
  const continentOf = (iso2: string) => store.countryByIso2.get(iso2)?.continent;
  const countryPoint = (iso2: string): LonLat | undefined => {
    const country = store.countryByIso2.get(iso2);
    return country ? [country.lon, country.lat] : undefined;
  };

  const drawsFlows = computed(() => {
    const { mode } = store.state.value;
    return mode === 'flows' || (mode === 'auto' && store.filtered.value.count > AUTO_FLOWS_ABOVE);
  });

  const arcs = computed<ArcDatum[]>(() => {
    const { colorBy } = store.state.value;
    const { mask } = store.filtered.value;
    const colorOf = colorLookup(colorBy);
    const { cooperations } = store.index;
    if (drawsFlows.value) {
      const flows = aggregateFlows(store.index, mask, centres, countryPoint, (i) =>
        categoryOf(cooperations[i], colorBy, continentOf),
      );
      return flowArcs(flows, colorOf);
    }
    const kept = cooperations.filter((_, i) => mask[i]);
    return cooperationArcs(kept, (c) => colorOf(categoryOf(c, colorBy, continentOf)));
  });

  const endpoints = computed(() =>
    endpointsOf(arcs.value, (arc, side) => {
      if (arc.kind === 'flow') return side === 'france' ? regionName(arc.flow.region) : countryName(arc.flow.country);
      return side === 'france' ? arc.cooperation.ctName : arc.cooperation.partnerName;
    }),
  );

  return { drawsFlows, arcs, endpoints };
}

export type MapViewModel = ReturnType<typeof createMapViewModel>;
