import { computed, signal } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import { facetValue } from '../domain/facets';
import { parseAnchor } from '../domain/anchor';
import { indexOverlaps, overlapMarkers } from '../model/overlaps';
import { findAnchoredOverlaps } from '../model/overlaps-anchored';
import { originName } from '../i18n/labels';
import { aggregateFlows, originCentres, type FlowLevel, type LonLat } from '../model/flows';
import type { Store } from '../state/store';
import { cooperationArcs, endpointsOf, flowArcs, type ArcDatum, type EndpointNames, type SharedPlaceDatum } from './arc-data';
import { colorLookup } from './palette';
import { NO_POOLING, poolingMapData, type PoolingMapData } from './pooling-layers';

/** Above this many cooperations, "auto" draws aggregated flows rather than one arc each. */
export const AUTO_FLOWS_ABOVE = 800;
/** From this zoom on, flows leave from each région rather than from metropolitan France as a whole. */
export const REGIONAL_FLOWS_ZOOM = 4;

/** What the map draws, derived from the store and the zoom: recomputed only when one of them changes. */
export function createMapViewModel(store: Store, countryName: (iso2: string) => string) {
  const names: EndpointNames = { origin: originName, country: countryName };
  const centres = { national: originCentres(store.index, 'national'), regional: originCentres(store.index, 'regional') };
  const countryPoint = (iso2: string): LonLat | undefined => {
    const country = store.countryByIso2.get(iso2);
    return country ? [country.lon, country.lat] : undefined;
  };

  /** The map's zoom, set by the map as the user zooms. */
  const zoom = signal(0);
  const level = computed<FlowLevel>(() => (zoom.value < REGIONAL_FLOWS_ZOOM ? 'national' : 'regional'));
  const colorBy = computed(() => store.state.value.colorBy);
  const colorOfCooperation = computed(() => {
    const attribute = colorBy.value;
    const colorOf = colorLookup(attribute);
    return (c: Cooperation) => colorOf(facetValue(attribute, c, store.facetContext));
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
      const flows = aggregateFlows({
        index: store.index,
        mask,
        level: level.value,
        centres: centres[level.value],
        countryPoint,
        category: (i) => facetValue(attribute, cooperations[i], store.facetContext),
      });
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

  const overlapIndex = indexOverlaps(store.index);
  const sharedPlaces = computed<SharedPlaceDatum[]>(() =>
    overlapMarkers(overlapIndex, store.filtered.value.mask).map((marker) => {
      const c = store.index.cooperations[store.byPlace.get(marker.key)![0]];
      return { ...marker, label: `${c.partnerName} (${countryName(c.partnerCountry)})` };
    }),
  );

  /** With an anchor (`anchor=`): its places and the others within reach; the admin-1 reach, which needs the gazetteers, draws the same places only. */
  const pooling = computed<PoolingMapData>(() => {
    const { anchor, within } = store.state.value;
    const parsed = anchor === null ? null : parseAnchor(anchor, (code) => store.byCollectivity.has(code));
    if (parsed === null) return NO_POOLING;
    const reach = within === 'admin1' ? 'place' : within;
    return poolingMapData(findAnchoredOverlaps(overlapIndex, store.filtered.value.mask, { anchor: parsed, reach }));
  });

  return { names, zoom, level, drawsFlows, arcs, endpoints, selectedArcs, selectedEndpoints, sharedPlaces, pooling };
}

export type MapViewModel = ReturnType<typeof createMapViewModel>;
