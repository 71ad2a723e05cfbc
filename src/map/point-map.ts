import { Map as MapLibreMap, Marker, NavigationControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// Bundled, MapLibre cannot find its worker by itself (see atlas-map.ts).
setWorkerUrl(workerUrl);

export interface PointMapOptions {
  container: HTMLElement;
  /** The app's own basemap style: no tiles to fetch. */
  style: StyleSpecification;
  /** Where to look first (the partner country's point), else the whole world. */
  center: [number, number] | null;
  /** A click on the map: the point, rounded to 5 decimals (about 1 m). */
  onPick: (lon: number, lat: number) => void;
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

/** A small map to pick one point with a click; returns what removes it. The constructor throws without WebGL. */
export function createPointMap({ container, style, center, onPick }: PointMapOptions): () => void {
  const map = new MapLibreMap({
    container,
    style,
    ...(center ? { center, zoom: 4 } : { center: [0, 20], zoom: 0.5 }),
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
    maxZoom: 12,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  // Tests (and the curious) can tell when the map answers clicks.
  map.once('load', () => (container.dataset.ready = 'true'));
  const marker = new Marker();
  map.on('click', ({ lngLat }) => {
    marker.setLngLat(lngLat).addTo(map);
    onPick(round(lngLat.lng), round(lngLat.lat));
  });
  return () => map.remove();
}
