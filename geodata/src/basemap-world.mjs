import { createRequire } from 'node:module';
import { countryNameFr } from './countries.mjs';
import { cutAtAntimeridian, multiPolygon, pointInRing, polygonsOf } from './geometry.mjs';
import { compareStrings } from './text.mjs';
import { dissolve, rewoundTopology, simplifiedTopology } from './topology.mjs';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const { feature } = require('topojson-client');

const KEEP_SHARE = 0.5;
const QUANTIZATION = 1e5;

/**
 * world-atlas features without an ISO numeric id. Northern Cyprus and Somaliland are drawn with
 * the state that the UN recognises; Siachen Glacier, disputed between India and Pakistan, with neither.
 */
const ISO2_OF_UNNUMBERED = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
  'Indian Ocean Ter.': 'AU',
  'Siachen Glacier': '',
};

/** Border policy: Crimea is Ukrainian. world-atlas (Natural Earth) draws it with Russia. */
const SIMFEROPOL = [34.1, 44.95];

function iso2Of(geometry) {
  const iso2 = geometry.id === undefined
    ? ISO2_OF_UNNUMBERED[geometry.properties.name]
    : isoCountries.numericToAlpha2(geometry.id);
  if (iso2 === undefined) throw new Error(`no ISO code for world-atlas feature ${geometry.properties.name}`);
  return iso2;
}

/** Moves the polygon of Russia that contains Simferopol to Ukraine, as a feature of its own. */
function giveCrimeaToUkraine(features) {
  const russia = features.find((f) => f.properties.iso2 === 'RU');
  const polygons = polygonsOf(russia.geometry);
  const crimea = polygons.filter((rings) => pointInRing(SIMFEROPOL, rings[0]));
  if (crimea.length !== 1) throw new Error('Crimea not found in Russia: check the border policy');
  russia.geometry = multiPolygon(polygons.filter((rings) => rings !== crimea[0]));
  const ukraine = features.find((f) => f.properties.iso2 === 'UA');
  return [...features, { type: 'Feature', properties: { ...ukraine.properties }, geometry: multiPolygon(crimea) }];
}

/** Countries of world-atlas 50m, one geometry per ISO code, with { iso2, nameFr }. */
export function buildWorldBasemap(worldAtlas) {
  const features = feature(worldAtlas, worldAtlas.objects.countries).features.map((f) => {
    const iso2 = iso2Of(f);
    return { type: 'Feature', properties: { iso2 }, geometry: f.geometry };
  });
  const cut = giveCrimeaToUkraine(features).map(cutAtAntimeridian);
  const topo = simplifiedTopology({ countries: { type: 'FeatureCollection', features: cut } },
    { keepShare: KEEP_SHARE, quantization: QUANTIZATION });
  const properties = (iso2) => ({ iso2, nameFr: iso2 === '' ? '' : countryNameFr(iso2) });
  topo.objects.countries.geometries = dissolve(topo, 'countries', (g) => g.properties.iso2, properties)
    .sort((a, b) => compareStrings(a.properties.iso2, b.properties.iso2));
  return rewoundTopology(topo, QUANTIZATION);
}
