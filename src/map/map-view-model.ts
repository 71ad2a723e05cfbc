import { computed, signal } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import { facetValue } from '../domain/facets';
import { parseAnchor } from '../domain/anchor';
import { indexOverlaps, overlapMarkers } from '../model/overlaps';
import { findAnchoredOverlaps } from '../model/overlaps-anchored';
import { originName } from '../i18n/labels';
import { aggregateFlows, originCentres, type FlowLevel, type LonLat } from '../model/flows';
import type { Store } from '../state/store';
import { flowArcs, flowEndpoints, type EndpointNames, type SharedPlaceDatum } from './arc-data';
import { cooperationArcs, drawnArcs } from './cooperation-arcs';
import { cooperationEndpoints, indexEnds } from './cooperation-ends';
import type { DrawnArcs } from './deck-layers';
import { colorLookup } from './palette';
import { NO_POOLING, poolingMapData, type PoolingMapData } from './pooling-layers';
import { countryLabel } from '../i18n/labels';
import { labelCandidates, labelsInView, type CountryLabelInput } from './map-labels';

/** Where the map looks and how large it is, in CSS pixels: what label placement needs. */
export interface ScreenView {
  lon: number;
  lat: number;
  zoom: number;
  width: number;
  height: number;
}

/** Above this many cooperations, "auto" draws aggregated flows rather than one arc each. */
export const AUTO_FLOWS_ABOVE = 800;
/** From this zoom on, flows leave from each région rather than from metropolitan France as a whole. */
export const REGIONAL_FLOWS_ZOOM = 4;
/** More flows than this make a tangle: the smallest are left out (and said so). */
export const MAX_FLOWS = 400;
/** From this zoom on, shared partner places are marked: at world scale they would blanket Africa. */
export const SHARED_PLACES_ZOOM = 5;

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
  // A question about some régions is answered from each of them, at every zoom.
  const level = computed<FlowLevel>(() => (zoom.value < REGIONAL_FLOWS_ZOOM && store.state.value.filters.region.length === 0 ? 'national' : 'regional'));
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

  const flows = computed(() => {
    if (!drawsFlows.value) return null;
    const attribute = colorBy.value;
    const all = aggregateFlows({
      index: store.index,
      mask: store.filtered.value.mask,
      level: level.value,
      centres: centres[level.value],
      countryPoint,
      category: (i) => facetValue(attribute, store.index.cooperations[i], store.facetContext),
    });
    const left = all.slice(MAX_FLOWS);
    return { drawn: all.slice(0, MAX_FLOWS), left: { flows: left.length, cooperations: left.reduce((sum, flow) => sum + flow.count, 0) } };
  });
  /** The smallest flows, left out so that the map stays legible: the legend says how many. */
  const leftOutFlows = computed(() => flows.value?.left ?? { flows: 0, cooperations: 0 });

  /** One arc per cooperation and each one's ends, built once per dataset and colouring: a filter change hides arcs or copies the few it keeps. */
  const everyArc = computed(() => cooperationArcs(store.index.cooperations, colorOfCooperation.value));
  const ends = computed(() => indexEnds(store.index.cooperations));

  const arcs = computed<DrawnArcs>(() => {
    if (flows.value) return { kind: 'flows', flows: flowArcs(flows.value.drawn, colorLookup(colorBy.value)) };
    const { mask, count } = store.filtered.value;
    return { kind: 'cooperations', arcs: drawnArcs(everyArc.value, mask, count) };
  });
  /** How many arcs are drawn once the filters hid theirs. */
  const arcCount = computed(() => (arcs.value.kind === 'flows' ? arcs.value.flows.length : store.filtered.value.count));
  const endpoints = computed(() => {
    const drawn = arcs.value;
    return drawn.kind === 'flows' ? flowEndpoints(drawn.flows, names) : cooperationEndpoints(ends.value, store.filtered.value.mask, names);
  });

  /** The selection's cooperations that the filters keep, as a mask over all of them. */
  const selectedMask = computed<Uint8Array | null>(() => {
    const positions = store.selection.value;
    if (positions === null) return null;
    const { mask } = store.filtered.value;
    const selected = new Uint8Array(mask.length);
    for (const i of positions) selected[i] = mask[i];
    return selected;
  });
  /** The selection's arcs, drawn over the others: a few, so built from their own rows. */
  const selectedArcs = computed(() => {
    const positions = store.selection.value;
    const { mask } = store.filtered.value;
    return positions === null ? null : cooperationArcs(positions.filter((i) => mask[i]).map((i) => store.index.cooperations[i]), colorOfCooperation.value);
  });
  const selectedEndpoints = computed(() => {
    const selected = selectedMask.value;
    return selected === null ? null : cooperationEndpoints(ends.value, selected, names);
  });

  /** Shared places marked at every zoom, when the user asks for them. */
  const showSharedPlaces = signal(false);
  const sharedPlacesShown = computed(() => showSharedPlaces.value || zoom.value >= SHARED_PLACES_ZOOM);
  const overlapIndex = indexOverlaps(store.index);
  const sharedPlaces = computed<SharedPlaceDatum[]>(() =>
    !sharedPlacesShown.value ? [] : overlapMarkers(overlapIndex, store.filtered.value.mask).map((marker) => {
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

  /** Kept cooperations per partner country, for country names. */
  const countryCounts = computed(() => {
    const { mask } = store.filtered.value;
    const column = store.index.columns.country;
    const counts = new Uint32Array(column.codes.length + 1);
    for (let i = 0; i < mask.length; i++) if (mask[i]) counts[column.values[i]]++;
    return new Map(column.codes.map((code, k) => [code, counts[k]]));
  });
  const countries = computed<CountryLabelInput[]>(() =>
    [...store.countryByIso2.values()].map((country) => ({
      iso2: country.iso2,
      name: countryLabel(country),
      position: [country.lon, country.lat],
      count: countryCounts.value.get(country.iso2) ?? 0,
    })),
  );

  /** Set by the map after each move; null until the map exists. */
  const screen = signal<ScreenView | null>(null);
  const labels = computed(() => {
    const view = screen.value;
    if (view === null) return [];
    return labelsInView(labelCandidates({ zoom: view.zoom, countries: countries.value, endpoints: endpoints.value, selectedEndpoints: selectedEndpoints.value }), view);
  });

  return { names, zoom, screen, labels, leftOutFlows, showSharedPlaces, sharedPlacesShown, level, drawsFlows, arcs, arcCount, endpoints, selectedArcs, selectedEndpoints, sharedPlaces, pooling };
}

export type MapViewModel = ReturnType<typeof createMapViewModel>;
