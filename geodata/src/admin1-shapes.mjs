import { groupBy } from './geonames.mjs';
import { compareStrings } from './text.mjs';
import { dissolve, rewoundTopology, simplifiedTopology } from './topology.mjs';

const KEEP_SHARE = 0.5;
const QUANTIZATION = 1e5;

const countryOf = (code) => code.slice(0, code.indexOf('.'));

/**
 * Admin-1 polygons of Natural Earth 10m, for the countries whose NE units carry exactly the current
 * GeoNames admin-1 codes. Units are picked by code, not by NE's country: so Crimea and Sevastopol,
 * which NE files under Russia with Ukrainian codes, are drawn in Ukraine.
 * @returns {{ shapes: Map<string, object>, outdated: string[] }} topologies by ISO2, and the
 *   countries left out because NE's division differs from the current one
 */
export function buildAdmin1Shapes(naturalEarthAdmin1, admin1List) {
  const currentByCountry = groupBy(admin1List, (u) => countryOf(u.code));
  const neByCountry = groupBy(naturalEarthAdmin1.filter((f) => f.properties.gn_a1_code?.includes('.')),
    (f) => countryOf(f.properties.gn_a1_code));
  const shapes = new Map();
  const outdated = [];
  for (const iso2 of [...neByCountry.keys()].sort(compareStrings)) {
    if (iso2 === 'FR') continue;
    const features = neByCountry.get(iso2);
    const current = (currentByCountry.get(iso2) ?? []).map((u) => u.code).sort(compareStrings);
    const drawn = [...new Set(features.map((f) => f.properties.gn_a1_code))].sort(compareStrings);
    if (current.join() !== drawn.join()) {
      outdated.push(iso2);
      continue;
    }
    const collection = {
      type: 'FeatureCollection',
      features: features.map((f) => ({ type: 'Feature', properties: { code: f.properties.gn_a1_code }, geometry: f.geometry })),
    };
    const topo = simplifiedTopology({ admin1: collection }, { keepShare: KEEP_SHARE, quantization: QUANTIZATION });
    topo.objects.admin1.geometries = dissolve(topo, 'admin1', (g) => g.properties.code, (code) => ({ code }))
      .sort((a, b) => compareStrings(a.properties.code, b.properties.code));
    shapes.set(iso2, rewoundTopology(topo, QUANTIZATION));
  }
  return { shapes, outdated };
}
