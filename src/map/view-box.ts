import { WebMercatorViewport } from '@deck.gl/core';
import type { LonLat } from '../model/flows';

/** Where the map looks and how large it is, in CSS pixels: what label placement needs. */
export interface ScreenView {
  lon: number;
  lat: number;
  zoom: number;
  width: number;
  height: number;
}

/** [west, south, east, north] of what the map shows. */
export type ViewBox = [number, number, number, number];

export function viewBox(view: ScreenView): ViewBox {
  const viewport = new WebMercatorViewport({ longitude: view.lon, latitude: view.lat, zoom: view.zoom, width: view.width, height: view.height });
  return viewport.getBounds() as ViewBox;
}

export const boxesMeet = (a: ViewBox, b: ViewBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
export const inBox = ([west, south, east, north]: ViewBox, [lon, lat]: LonLat) => lon >= west && lon <= east && lat >= south && lat <= north;
