import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type IControl, type LngLatBoundsLike, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Camera } from '../domain/app-state';
import type { ScreenView } from './view-box';
import { fitPadding, PHONE_WIDTH } from './fit-view';
import 'maplibre-gl/dist/maplibre-gl.css';

// Once bundled, MapLibre cannot find its worker by itself: without this the map never gets idle.
setWorkerUrl(workerUrl);

/** A finger or a thin arc is hard to hit to the pixel. */
const PICKING_RADIUS = 6;

/** France and Africa, where most cooperations run. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [-26, -36],
  [56, 56],
];

export interface AtlasMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  attribution: string;
  /** MapLibre's own interface strings (zoom buttons, the map's title) in the interface's language. */
  locale?: Record<string, string>;
  /** A "whole picture" button under the zoom buttons: its text and what it does. */
  overview?: { label: string; onClick: () => void };
  tooltip: (info: PickingInfo) => { html: string } | null;
  /** A click on the map: what was under the pointer, if anything deck.gl drew. */
  onClick: (info: PickingInfo) => void;
  /** Where to look first; France and Africa when absent. */
  camera?: Camera | null;
  /** Called when the map has moved (by the user or a fly-to). */
  onMove?: (camera: Camera) => void;
  /** Called with where the map looks and its size once created, after each move and each resize. */
  onView?: (view: ScreenView) => void;
  /** Called with the zoom once the map is created and after each zoom gesture. */
  onZoom: (zoom: number) => void;
  /** Called after each render that leaves the map idle with the current layers drawn. */
  onRendered: () => void;
  /** Called when the browser takes the WebGL context away (driver reset, too many tabs...). */
  onContextLost?: () => void;
  /** Keep the drawn frame readable after it is shown, so that it can be copied into an image. */
  preserveDrawingBuffer?: boolean;
}

/**
 * The padding a fit leaves for the open legend beside the map's element, and for the card if asked.
 * The legend folds while the card is open (MapSettings), which may happen just after this fit.
 */
function roomFor(container: HTMLElement, withCard: boolean) {
  const legend = withCard ? null : container.parentElement?.querySelector('.map-settings[open]');
  return fitPadding(container.clientWidth, container.clientHeight, withCard, legend?.getBoundingClientRect().width ?? 0);
}

/** A text button in MapLibre's control column. */
function overviewControl(label: string, onClick: () => void): IControl {
  const container = document.createElement('div');
  container.className = 'maplibregl-ctrl maplibregl-ctrl-group overview-control';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.dataset.testid = 'overview';
  button.addEventListener('click', onClick);
  container.append(button);
  return { onAdd: () => container, onRemove: () => container.remove() };
}

/** What the map was framed on: a box, fitted with room for the legend (and the card) or edge to edge. */
interface Frame {
  bounds: LngLatBoundsLike;
  withCard: boolean;
  padded: boolean;
}

/**
 * The MapLibre basemap with deck.gl drawing on top of it, sharing its WebGL context.
 * The constructor throws when the browser has no WebGL.
 *
 * A resized map (an iframe, a window, a phone turned) keeps what it was framed on in view: it is
 * fitted again, unless the user has moved it since.
 */
export class AtlasMap {
  private readonly map: MapLibreMap;
  private readonly overlay: MapLibreOverlay;
  /** Refitted on resize; null once the user has moved the map, or after a fly to a point. */
  private frame: Frame | null;

  constructor(options: AtlasMapOptions) {
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      ...(options.camera
        ? { center: [options.camera.lon, options.camera.lat], zoom: options.camera.zoom }
        : { bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: roomFor(options.container, false) } }),
      attributionControl: false,
      ...(options.locale ? { locale: options.locale } : {}),
      renderWorldCopies: false,
      maxZoom: 12,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
    });
    this.map.touchZoomRotate.disableRotation();
    // Opened at a camera, the map is framed on what that camera shows at this size.
    this.frame = options.camera ? { bounds: this.map.getBounds().toArray(), withCard: false, padded: false } : { bounds: INITIAL_BOUNDS, withCard: false, padded: true };
    // MapLibre observes its element's size itself; only a move the user made has an originalEvent.
    this.map.on('movestart', (event) => {
      if (event.originalEvent) this.frame = null;
    });
    this.map.on('resize', () => {
      if (this.frame) this.fit(this.frame, false);
    });
    const compact = options.container.clientWidth < PHONE_WIDTH;
    this.map.addControl(new AttributionControl({ compact, customAttribution: options.attribution }), 'bottom-right');
    // A compact attribution opens at first; on a phone it would cover the map's foot until tapped.
    const attribution = options.container.querySelector('.maplibregl-ctrl-attrib');
    if (compact && attribution) {
      attribution.classList.remove('maplibregl-compact-show');
      attribution.removeAttribute('open');
    }
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    if (options.overview) this.map.addControl(overviewControl(options.overview.label, options.overview.onClick), 'top-right');
    this.overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      getTooltip: options.tooltip,
      pickingRadius: PICKING_RADIUS,
    });
    // deck.gl's own click, through the overlay, is lost at some zooms (its pick at pointer-down never
    // comes back): the map's click picks at once instead.
    this.map.on('click', (event) => {
      const info = this.overlay.pickObject({ x: event.point.x, y: event.point.y, radius: PICKING_RADIUS });
      options.onClick(info ?? ({ object: undefined } as PickingInfo));
    });
    this.map.addControl(this.overlay);
    this.map.on('idle', options.onRendered);
    if (options.onContextLost) this.map.on('webglcontextlost', options.onContextLost);
    this.map.on('zoomend', () => options.onZoom(this.map.getZoom()));
    // Where the map looks, for the browser tests that check its framing.
    const showCamera = () => {
      const { lon, lat, zoom } = this.camera();
      options.container.dataset.camera = `${lon.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(3)}`;
    };
    showCamera();
    this.map.on('moveend', () => {
      showCamera();
      options.onMove?.(this.camera());
    });
    if (options.onView) {
      const report = options.onView;
      const view = () => {
        const { lng, lat } = this.map.getCenter();
        const canvas = this.map.getContainer();
        report({ lon: lng, lat, zoom: this.map.getZoom(), width: canvas.clientWidth, height: canvas.clientHeight });
      };
      this.map.on('moveend', view);
      this.map.on('resize', view);
      view();
    }
    options.onZoom(this.map.getZoom());
  }

  camera(): Camera {
    const { lng, lat } = this.map.getCenter();
    return { lon: lng, lat, zoom: this.map.getZoom() };
  }

  setLayers(layers: Layer[]): void {
    this.overlay.setProps({ layers });
  }

  flyTo(lon: number, lat: number, zoom: number): void {
    this.frame = null;
    this.map.flyTo({ center: [lon, lat], zoom, essential: true });
  }

  /** Fits the box, leaving room for the open legend and for the selection card when one covers the map. */
  fitBounds(bounds: [[number, number], [number, number]], withCard = false): void {
    this.frame = { bounds, withCard, padded: true };
    this.fit(this.frame, true);
  }

  private fit({ bounds, withCard, padded }: Frame, animate: boolean): void {
    const padding = padded ? roomFor(this.map.getContainer(), withCard) : 0;
    this.map.fitBounds(bounds, { padding, maxZoom: padded ? 7 : this.map.getMaxZoom(), animate, essential: true });
  }

  destroy(): void {
    this.map.remove();
  }
}
