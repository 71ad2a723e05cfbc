import { computed, signal } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import { facetValue } from '../domain/facets';
import { parseAnchor } from '../domain/anchor';
import { indexOverlaps, overlapMarkers } from '../model/overlaps';
import { findAnchoredOverlaps } from '../model/overlaps-anchored';
import { boundsOfPoints } from '../model/bounds';
import { formatNumber, t } from '../i18n';
import { originName } from '../i18n/labels';
import { aggregateFlows, COLLECTIVITY_ORIGIN, DEPARTEMENT_ORIGIN, originCentres, type Flow, type LonLat } from '../model/flows';
import { collectivityKey } from '../domain/collectivity-key';
import type { Store } from '../state/store';
import { flowArcs, flowEndpoints, type EndpointNames, type SharedPlaceDatum } from './arc-data';
import { cooperationArcs, drawnArcs } from './cooperation-arcs';
import { cooperationEndpoints, indexEnds } from './cooperation-ends';
import type { DrawnArcs } from './deck-layers';
import { colorLookup } from './palette';
import { NO_POOLING, poolingMapData, type PoolingMapData } from './pooling-layers';
import { countryLabel } from '../i18n/labels';
import { labelCandidates, labelsInView, type CountryLabelInput } from './map-labels';
import type { Box } from './label-placement';
import { flowGrain, PLACE_FLOWS_ZOOM } from './flow-grain';
import { partnerEnds, partnerPlaces } from './partner-ends';
import { clusterPlaces } from '../model/partner-clusters';
import { admin1InView, type PlacesSource } from './admin1-in-view';
import { boxesMeet, inBox, viewBox, type ScreenView, type ViewBox } from './view-box';
import { groupCountries, isOffscreenGroup } from './offscreen-groups';

/** Above this many cooperations, "auto" draws aggregated flows rather than one arc each. */
export const AUTO_FLOWS_ABOVE = 800;
/** More flows than this make a tangle: the smallest are left out (and said so). */
export const MAX_FLOWS = 400;
/** From this zoom on, where flows end at places, shared partner places are marked: sooner they would blanket Africa. */
export const SHARED_PLACES_ZOOM = PLACE_FLOWS_ZOOM;
/** Around metropolitan France: when the view meets it, zoomed in, flows leave from each département. */
const METROPOLITAN_FRANCE: ViewBox = [-5.2, 41.3, 9.6, 51.1];

export interface MapSources {
  /** Reads a partner country's gazetteer; without it, places are grouped by distance alone. */
  placesOf?: PlacesSource;
  /** Names of the départements by code. */
  departementNames?: ReadonlyMap<string, string>;
}

/** What the map draws, derived from the store and the zoom: recomputed only when one of them changes. */
export function createMapViewModel(store: Store, countryName: (iso2: string) => string, { placesOf, departementNames = new Map() }: MapSources = {}) {
  const collectivityNames = new Map(store.index.cooperations.map((c) => [collectivityKey(c), c.ctName]));
  const origin = (key: string) => {
    if (key.startsWith(COLLECTIVITY_ORIGIN)) return collectivityNames.get(key.slice(COLLECTIVITY_ORIGIN.length)) ?? key;
    if (key.startsWith(DEPARTEMENT_ORIGIN)) {
      const code = key.slice(DEPARTEMENT_ORIGIN.length);
      return departementNames.get(code) ?? t('origin.departement', { code });
    }
    return originName(key);
  };
  const countryPoint = (iso2: string): LonLat | undefined => {
    const country = store.countryByIso2.get(iso2);
    return country ? [country.lon, country.lat] : undefined;
  };
  const overlapIndex = indexOverlaps(store.index);
  const places = partnerPlaces(overlapIndex);

  /** The map's zoom, set by the map as the user zooms. */
  const zoom = signal(0);
  /** Set by the map after each move; null until the map exists. */
  const screen = signal<ScreenView | null>(null);
  const box = computed(() => (screen.value === null ? null : viewBox(screen.value)));

  const zoomBand = computed(() => Math.floor(zoom.value));
  const franceInView = computed(() => box.value !== null && boxesMeet(box.value, METROPOLITAN_FRANCE));
  const regionsAsked = computed(() => store.state.value.filters.region.length > 0);
  const grain = computed(() => flowGrain(zoomBand.value, franceInView.value, regionsAsked.value));
  const level = computed(() => grain.value.origin);
  const centres = computed(() => originCentres(store.index, level.value));

  // The admin-1 units of the places in view, where flows end at clusters; the map is not done drawing while they are read.
  const { unitOf, reading: readingGazetteers } = admin1InView(
    overlapIndex,
    places.places,
    computed(() => (grain.value.partner.kind === 'clusters' ? box.value : null)),
    placesOf,
  );

  const countryColumn = store.index.columns.country;
  const countryOf = (i: number) => countryColumn.codes[countryColumn.values[i]] ?? null;
  /** The partner places grouped once per zoom band (and again when a gazetteer arrives). */
  const clustering = computed(() => {
    const { partner } = grain.value;
    return partner.kind === 'clusters' ? clusterPlaces(places.places, partner.zoom, unitOf.value) : null;
  });
  /** Which partner ends are in view, as a key: moving the map groups the flows again only when it changes. */
  const endsInView = computed(() => {
    const view = box.value;
    const { partner } = grain.value;
    if (view === null || partner.kind === 'country') return 'all';
    const ends = clustering.value?.clusters ?? places.places;
    let key = '';
    ends.forEach(({ position }, i) => {
      if (inBox(view, position)) key += `${i},`;
    });
    return key;
  });
  /** Each record's partner end: its country, the cluster of its place, or its place, as the zoom band and the view say. */
  const partners = computed(() => {
    // The view's box decides as the key above does, which alone is tracked.
    void endsInView.value;
    const view = box.peek();
    return partnerEnds({
      places,
      grain: grain.value.partner,
      clustering: clustering.value,
      inView: (position) => view === null || inBox(view, position),
      countryOf,
      countryPoint,
      continentOf: (iso2) => store.countryByIso2.get(iso2)?.continent,
      continentName: (continent) => t(`continent.${continent}`),
      nearbyName: (name) => t('cluster.nearby', { name }),
    });
  });
  const partnerPoint = (key: string) => partners.value.ends.get(key)?.position ?? countryPoint(key);
  /** Kept partner countries in each off-screen group, which its name says. */
  const offscreenCountries = computed(() => groupCountries(partners.value.partnerOf, countryOf, store.filtered.value.mask));
  const partnerName = (key: string) => {
    const end = partners.value.ends.get(key);
    if (end === undefined || !isOffscreenGroup(key)) return end;
    const countries = offscreenCountries.value.get(key) ?? 0;
    return { ...end, label: countries === 1 ? t('offscreen.groupOne', { continent: end.name }) : t('offscreen.group', { continent: end.name, countries: formatNumber(countries) }) };
  };

  const names: EndpointNames = { origin, country: countryName, partner: partnerName };
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

  const allFlows = computed(() => {
    if (!drawsFlows.value) return null;
    const attribute = colorBy.value;
    return aggregateFlows({
      index: store.index,
      mask: store.filtered.value.mask,
      level: level.value,
      centres: centres.value,
      partnerPoint,
      partnerOf: partners.value.partnerOf,
      category: (i) => facetValue(attribute, store.index.cooperations[i], store.facetContext),
    });
  });
  /**
   * At most MAX_FLOWS, those with an end in view first, the largest first: the view's smallest are
   * left out. Where partner ends out of view are grouped, a flow with neither end in view is not drawn.
   */
  const flows = computed(() => {
    const all = allFlows.value;
    if (all === null) return null;
    const view = box.value;
    const touches = (flow: Flow) => view === null || inBox(view, flow.source) || inBox(view, flow.target);
    const grouped = grain.value.partner.kind !== 'country';
    if (!grouped && all.length <= MAX_FLOWS) return { drawn: all, left: { flows: 0, cooperations: 0 } };
    const seen = all.filter(touches);
    const ranked = grouped || seen.length === all.length ? seen : [...seen, ...all.filter((flow) => !touches(flow))];
    const left = seen.slice(MAX_FLOWS);
    return { drawn: ranked.slice(0, MAX_FLOWS), left: { flows: left.length, cooperations: left.reduce((sum, flow) => sum + flow.count, 0) } };
  });
  /** The smallest flows in view, left out so that the map stays legible: the legend says how many. */
  const leftOutFlows = computed(() => flows.value?.left ?? { flows: 0, cooperations: 0 });
  /** Whether a drawn flow ends at an off-screen group, which the legend then explains. */
  const offscreenGroupsDrawn = computed(() => flows.value?.drawn.some((flow) => isOffscreenGroup(flow.partner)) ?? false);

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

  /** The boxes, over the map, of the legend, the card and the controls: set by the map's host as they change. */
  const obstacles = signal<readonly Box[]>([]);
  const labels = computed(() => {
    const view = screen.value;
    if (view === null) return [];
    return labelsInView(labelCandidates({ zoom: view.zoom, countries: countries.value, endpoints: endpoints.value, selectedEndpoints: selectedEndpoints.value }), view, obstacles.value);
  });

  /** Where a click on a département or a cluster of places zooms. */
  const departementBounds = (code: string) => boundsOfPoints(store.index.cooperations.filter((c) => c.ctDepartement === code).map((c): LonLat => [c.ctLon, c.ctLat]));
  /** Where a click on a cluster zooms; on an off-screen group, out to it and what is in view now. */
  const clusterBounds = (key: string) => {
    const bounds = partners.peek().ends.get(key)?.bounds ?? null;
    const view = box.peek();
    if (bounds === null || view === null || !isOffscreenGroup(key)) return bounds;
    return boundsOfPoints([...bounds, [(view[0] + view[2]) / 2, (view[1] + view[3]) / 2]]);
  };

  return { names, zoom, screen, obstacles, labels, leftOutFlows, offscreenGroupsDrawn, showSharedPlaces, sharedPlacesShown, grain, readingGazetteers, departementBounds, clusterBounds, drawsFlows, arcs, arcCount, endpoints, selectedArcs, selectedEndpoints, sharedPlaces, pooling };
}

export type MapViewModel = ReturnType<typeof createMapViewModel>;
