/**
 * The border policy of the README applied to partner places (the basemap's part is in basemap-world.mjs).
 */
import { createRequire } from 'node:module';
import { pointInRing, polygonsOf } from './geometry.mjs';

const require = createRequire(import.meta.url);
const { feature } = require('topojson-client');

/** GeoNames' unit for the Israeli settlements of the West Bank. */
const SETTLEMENTS_UNIT = 'IL.WE';
const PALESTINE_NUMERIC = '275';

/** Western Sahara's places, typed under Morocco in inventories, carry this note (the resolver shows it). */
export const WESTERN_SAHARA_NOTE =
  'Sahara occidental : territoire non autonome au statut non réglé (ONU) ; le lieu y est placé, ' +
  'sous le pays indiqué par le fichier';

/**
 * Israeli settlements in the West Bank are not partner places of Israel: the places of GeoNames'
 * IL.WE unit, and the places of Israel with no unit that lie in Palestine's polygon (Na'ale...).
 * Places of Israel with a unit are kept even where Natural Earth's coarse West Bank covers them
 * (Jerusalem, Modi'in, Kafr Qasim lie on or inside the Green Line).
 */
export function settlementFilter(worldAtlas) {
  const palestine = feature(worldAtlas, worldAtlas.objects.countries).features.find((f) => f.id === PALESTINE_NUMERIC);
  const inPalestine = ({ lon, lat }) => polygonsOf(palestine.geometry)
    .some(([outer, ...holes]) => pointInRing([lon, lat], outer) && !holes.some((hole) => pointInRing([lon, lat], hole)));
  return {
    isSettlementUnit: (code) => code === SETTLEMENTS_UNIT,
    isSettlement: (place) => place.country === 'IL' && (place.admin1 === 'WE' || (place.admin1 === '' && inPalestine(place))),
  };
}
