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

/**
 * Border policy: the Langue de Barbarie is Senegalese. Natural Earth runs the Senegal/Mauritania
 * border down the river to its former mouth (15.84° N), which gives Mauritania the coastal strip of
 * Saint-Louis (Guet Ndar, the Parc national de la Langue de Barbarie) and draws the city itself in
 * Mauritania. The border is moved to meet the sea due west of its last river vertex (16.10° N), north
 * of Saint-Louis: Mauritania loses the strip, Senegal the river vertex south of there.
 */
const RIVER_VERTEX = [-16.479164791647918, 16.09685107804205];
const OLD_RIVER_VERTEX = [-16.500765007650074, 15.918042722302232];
const OLD_MOUTH = [-16.536765367653658, 15.838186563428152];
const NEW_COAST_VERTEX = [OLD_MOUTH[0], RIVER_VERTEX[1]];
const DROPPED_VERTICES = { MR: [OLD_RIVER_VERTEX, OLD_MOUTH], SN: [OLD_RIVER_VERTEX] };

const samePoint = (a) => (b) => a[0] === b[0] && a[1] === b[1];

/** Replaces the run of dropped vertices of a ring by the new coastal border vertex. */
function redrawRiverMouth(ring, dropped) {
  const isDropped = (vertex) => dropped.some((d) => samePoint(d)(vertex));
  const first = ring.findIndex(isDropped);
  if (first === -1) return ring;
  const run = ring.slice(first, first + dropped.length);
  if (!run.every(isDropped) || ring.filter(isDropped).length !== dropped.length) {
    throw new Error('Senegal river mouth: world-atlas vertices changed, check the border policy');
  }
  return [...ring.slice(0, first), NEW_COAST_VERTEX, ...ring.slice(first + dropped.length)];
}

function giveLangueDeBarbarieToSenegal(features) {
  for (const [iso2, dropped] of Object.entries(DROPPED_VERTICES)) {
    const country = features.find((f) => f.properties.iso2 === iso2);
    const before = JSON.stringify(country.geometry);
    country.geometry = multiPolygon(polygonsOf(country.geometry).map(([outer, ...holes]) =>
      [redrawRiverMouth(outer, dropped), ...holes]));
    if (JSON.stringify(country.geometry) === before) throw new Error(`Senegal river mouth not found in ${iso2}`);
  }
  return features;
}

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
  const cut = giveLangueDeBarbarieToSenegal(giveCrimeaToUkraine(features)).map(cutAtAntimeridian);
  const topo = simplifiedTopology({ countries: { type: 'FeatureCollection', features: cut } },
    { keepShare: KEEP_SHARE, quantization: QUANTIZATION });
  const properties = (iso2) => ({ iso2, nameFr: iso2 === '' ? '' : countryNameFr(iso2) });
  topo.objects.countries.geometries = dissolve(topo, 'countries', (g) => g.properties.iso2, properties)
    .sort((a, b) => compareStrings(a.properties.iso2, b.properties.iso2));
  return rewoundTopology(topo, QUANTIZATION);
}
