import { collectivityKey } from '../domain/collectivity-key';
import { effect } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StyleSpecification } from 'maplibre-gl';
import { AtlasMap } from '../map/atlas-map';
import type { PickTarget } from '../map/arc-data';
import { mapLayers, type MapPick } from '../map/deck-layers';
import { poolingLayers } from '../map/pooling-layers';
import type { MapViewModel } from '../map/map-view-model';
import { REGIONAL_FLOWS_ZOOM } from '../map/flow-grain';
import { COLLECTIVITY_ORIGIN, DEPARTEMENT_ORIGIN, METROPOLE } from '../model/flows';
import type { Bounds } from '../model/bounds';
import { tooltipFor } from '../map/tooltip';
import { isOffscreenGroup } from '../map/offscreen-groups';
import { watchObstacles } from './map-obstacles';
import { boundsOf } from '../model/bounds';
import type { Store } from '../state/store';
import type { Camera } from '../domain/app-state';
import { language, t } from '../i18n';

interface Props {
  store: Store;
  style: StyleSpecification;
  model: MapViewModel;
  /** Whether the selection's card covers the map, so that fitting the selection leaves room for it. */
  selectionCard?: boolean;
}

/** Close enough to France for flows to leave from each région. */
const FRANCE_FOCUS = { lon: 2.5, lat: 46.5, zoom: REGIONAL_FLOWS_ZOOM + 0.5 };

/**
 * A click drills down: a flow from a région, or a région or country end, filters to it; a
 * département, a cluster of places or an off-screen group (or a flow to it) zooms to it; a collectivity or place end, or a flow from a
 * collectivity, selects it.
 */
function drillDown(store: Store, model: MapViewModel, object: MapPick | undefined): void {
  if (!object) {
    store.selectCollectivity(null);
    return;
  }
  if ('key' in object) {
    store.selectPlace(object.key);
  } else if ('side' in object) {
    apply(store, model, object.target);
  } else if (object.kind === 'cooperation') {
    store.selectCollectivity(collectivityKey(object.cooperation));
  } else {
    const { origin, country, partner } = object.flow;
    // A flow leaving the screen zooms out to its group rather than filter: the question stays, and the group splits into its countries.
    if (isOffscreenGroup(partner)) return zoomTo(store, model.clusterBounds(partner));
    if (origin.startsWith(COLLECTIVITY_ORIGIN)) return store.selectCollectivity(origin.slice(COLLECTIVITY_ORIGIN.length));
    const region = origin === METROPOLE || origin.startsWith(DEPARTEMENT_ORIGIN) ? store.state.value.filters.region : [origin];
    store.update({ filters: { ...store.state.value.filters, region, country: [country] } });
  }
}

const zoomTo = (store: Store, bounds: Bounds | null) => {
  if (bounds) store.focus.value = { bounds };
};

function apply(store: Store, model: MapViewModel, target: PickTarget): void {
  switch (target.kind) {
    case 'origin':
      if (target.code === METROPOLE) store.focus.value = FRANCE_FOCUS;
      else if (target.code.startsWith(DEPARTEMENT_ORIGIN)) zoomTo(store, model.departementBounds(target.code.slice(DEPARTEMENT_ORIGIN.length)));
      else if (target.code.startsWith(COLLECTIVITY_ORIGIN)) store.selectCollectivity(target.code.slice(COLLECTIVITY_ORIGIN.length));
      else store.setFacet('region', [target.code]);
      break;
    case 'cluster':
      zoomTo(store, model.clusterBounds(target.key));
      break;
    case 'country':
      store.setFacet('country', [target.iso2]);
      break;
    case 'collectivity':
      store.selectCollectivity(target.code);
      break;
    case 'place':
      store.selectPlace(target.key);
      break;
  }
}

/** Fits the map to the selection's cooperations that the filters keep (all of them if none), or else to every kept one. */
function fitKept(store: Store, atlas: AtlasMap, toSelection: boolean, selectionCard: boolean): void {
  const { mask } = store.filtered.peek();
  const { cooperations } = store.index;
  const selection = toSelection ? store.selection.peek() : null;
  const rows = selection ? (selection.some((i) => mask[i]) ? selection.filter((i) => mask[i]) : selection).map((i) => cooperations[i]) : cooperations.filter((_, i) => mask[i]);
  const bounds = boundsOf(rows);
  if (bounds) atlas.fitBounds(bounds, selectionCard && selection !== null && selection.length > 0);
}

const sameCamera = (a: Camera | null, b: Camera) =>
  a === null || (Math.abs(a.lon - b.lon) < 1e-3 && Math.abs(a.lat - b.lat) < 1e-3 && Math.abs(a.zoom - b.zoom) < 1e-2);

/**
 * The view follows the question: a filter change, a selection or a drill-down fits the map to
 * what it keeps.
 */
function followQuestion(store: Store, atlas: AtlasMap, selectionCard: boolean): () => void {
  let first = true;
  let stopped = false;
  const stop = effect(() => {
    const selection = store.selection.value;
    const asked = selection !== null || store.filtered.value.count < store.index.size;
    if (first) {
      first = false;
      // An address with a camera opens where it says; one with a question and no camera opens on the answer.
      if (store.state.peek().camera !== null || !asked) return;
    }
    // Back and forward restore the address's camera rather than fit: the state then names another camera than the map's.
    const restoring = !sameCamera(store.state.peek().camera, atlas.camera());
    if (!restoring) queueMicrotask(() => stopped || fitKept(store, atlas, selection !== null, selectionCard));
  });
  return () => {
    stopped = true;
    stop();
  };
}

/**
 * Hosts the map. `data-idle` turns "true" once the map is idle with the current arcs drawn,
 * which is what the browser tests wait for.
 */
export function MapView({ store, style, model, selectionCard = true }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<'no-webgl' | 'context-lost' | null>(null);

  useEffect(() => {
    const element = container.current!;
    let atlas: AtlasMap;
    try {
      atlas = new AtlasMap({
        container: element,
        style,
        attribution: t('attribution.text'),
        locale: {
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'Map.Title': t('map.title'),
          'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
        },
        overview: { label: t('map.overview'), onClick: () => fitKept(store, atlas, false, selectionCard) },
        tooltip: (info) => tooltipFor(info, model.names),
        camera: store.state.peek().camera,
        // A jump interrupted inside an effect ends at once: writing the state there would be a cycle.
        onMove: (camera) => queueMicrotask(() => store.update({ camera })),
        onView: (view) => {
          model.screen.value = view;
        },
        onZoom: (zoom) => {
          model.zoom.value = zoom;
        },
        onClick: (info) => drillDown(store, model, info.object as MapPick | undefined),
        onRendered: () => {
          // Flows drawn before the partners' admin-1 units are known are not the map's last word.
          if (model.readingGazetteers.peek() === 0) element.dataset.idle = 'true';
        },
        onContextLost: () => setFailure('context-lost'),
      });
    } catch {
      setFailure('no-webgl');
      return;
    }
    const stopLayers = effect(() => {
      element.dataset.idle = 'false';
      element.dataset.arcs = String(model.arcCount.value);
      element.dataset.selectedArcs = String(model.selectedArcs.value?.length ?? 0);
      element.dataset.poolingLinks = String(model.pooling.value.links.length);
      element.dataset.labels = String(model.labels.value.length);
      atlas.setLayers([
        ...mapLayers({
          arcs: model.arcs.value,
          endpoints: model.endpoints.value,
          selectedArcs: model.selectedArcs.value,
          selectedEndpoints: model.selectedEndpoints.value,
          sharedPlaces: model.sharedPlaces.value,
          labels: model.labels.value,
        }),
        ...poolingLayers(model.pooling.value),
      ]);
    });
    const stopFollow = followQuestion(store, atlas, selectionCard);
    const stopObstacles = watchObstacles(element, (boxes) => (model.obstacles.value = boxes));
    const stopFocus = effect(() => {
      const focus = store.focus.value;
      if (focus === null) return;
      if ('bounds' in focus) atlas.fitBounds(focus.bounds);
      else atlas.flyTo(focus.lon, focus.lat, focus.zoom);
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') store.selectCollectivity(null);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      stopFocus();
      stopObstacles();
      stopFollow();
      stopLayers();
      atlas.destroy();
    };
    // The map's own strings are set when it is made: a language switch makes it again, where the camera left it.
  }, [store, style, model, selectionCard, language.value]);

  return (
    <>
      <div ref={container} id="map" tabIndex={-1} class="map" data-testid="map" role="region" aria-label={t('app.tagline')} data-idle="false">
        {failure && (
          <div class="map-failure" role="alert" data-testid="map-failure">
            <p>{t(failure === 'no-webgl' ? 'map.noWebgl' : 'map.contextLost')}</p>
            <button type="button" onClick={() => window.location.reload()}>
              {t('app.reload')}
            </button>
            <button type="button" onClick={() => store.update({ view: 'tableau' })}>
              {t('map.showList')}
            </button>
          </div>
        )}
      </div>
      {/* The names drawn on the canvas, for those who cannot see it. */}
      <ul class="visually-hidden" aria-label={t('map.labelList')} data-testid="map-label-list">
        {model.labels.value.map((label) => (
          <li key={label.id}>{label.text}</li>
        ))}
      </ul>
    </>
  );
}