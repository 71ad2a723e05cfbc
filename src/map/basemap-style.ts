import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export interface Basemap {
  countries: FeatureCollection;
  departements: FeatureCollection;
  regions: FeatureCollection;
}

const NO_FEATURES: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Stands in when the basemap files cannot be loaded. */
export const EMPTY_BASEMAP: Basemap = { countries: NO_FEATURES, departements: NO_FEATURES, regions: NO_FEATURES };

export const BASEMAP_COLORS = {
  sea: '#dde7ee',
  land: '#f4f2ee',
  france: '#ebe6dc',
  border: '#b9b4aa',
  departement: '#d3cdc1',
  region: '#9c9486',
};

/** Our own style: GeoJSON sources built from Natural Earth; no tiles, glyphs or sprites to fetch. */
export function basemapStyle(basemap: Basemap): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemap.countries },
      departements: { type: 'geojson', data: basemap.departements },
      regions: { type: 'geojson', data: basemap.regions },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': BASEMAP_COLORS.land } },
      { id: 'regions-fill', type: 'fill', source: 'regions', paint: { 'fill-color': BASEMAP_COLORS.france } },
      {
        id: 'countries-line',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': 0.6 },
      },
      {
        id: 'departements-line',
        type: 'line',
        source: 'departements',
        minzoom: 4.5,
        paint: { 'line-color': BASEMAP_COLORS.departement, 'line-width': 0.5 },
      },
      {
        id: 'regions-line',
        type: 'line',
        source: 'regions',
        paint: { 'line-color': BASEMAP_COLORS.region, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1.2] },
      },
    ],
  };
}
