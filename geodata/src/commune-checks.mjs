import { geoDistance } from 'd3-geo';
import { pointInRing, polygonsOf } from './geometry.mjs';
import { groupBy } from './geonames.mjs';

const EARTH_KM = 6371;
export const km = (a, b) => geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_KM;

/** A source point may lie this far outside its département (Natural Earth 10m is coarse around Paris and on the coast); source errors are tens of km. */
const DEPARTEMENT_TOLERANCE_KM = 5;
/**
 * A commune's point this far from every other located member of its EPCI is misplaced (EPCI are
 * contiguous; the largest metropolitan communes are about 20 km across). Only EPCI with enough located
 * members to judge, in metropolitan France (Guyane's communes are far larger).
 */
const EPCI_NEIGHBOUR_KM = 25;
const EPCI_MIN_OTHERS = 2;
/** A point outside its département but this close to a member of its EPCI is kept: the polygon is coarse there. */
const EPCI_NEAR_KM = 10;
/**
 * Large communes whose source point is right although far from their EPCI's other members
 * (checked on a map): Allos, at the head of its valley; Saintes-Maries-de-la-Mer, in the Camargue;
 * Terre-de-Bas, an island of Les Saintes that Natural Earth 10m does not draw.
 */
const SOURCE_POINTS_CHECKED = new Set(['04006', '13096', '97130']);

/** Points 5 km away in eight directions: a point within that distance of the polygon hits it with one. */
function nearby({ lon, lat }) {
  const dLat = DEPARTEMENT_TOLERANCE_KM / 111.2;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  return [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1], [0.7, 0.7], [0.7, -0.7], [-0.7, 0.7], [-0.7, -0.7]]
    .map(([x, y]) => [lon + x * dLon, lat + y * dLat]);
}

/** Planar point in polygon (a département is small enough), holes excluded. */
const inside = (p, geometry) =>
  polygonsOf(geometry).some(([outer, ...holes]) => pointInRing(p, outer) && !holes.some((hole) => pointInRing(p, hole)));

/**
 * The codes of communes whose source point is wrong: outside their département (Natural Earth 10m,
 * `FR.<code>`) and not close to their EPCI, or, in metropolitan France, far from every other located
 * member of their EPCI.
 * @param located Map of INSEE code → { lon, lat } from the sources
 */
export function misplacedCommunes(communes, located, epciOf, naturalEarthAdmin1) {
  const shapes = new Map(naturalEarthAdmin1.filter((f) => f.properties.gn_a1_code?.startsWith('FR.'))
    .map((f) => [f.properties.gn_a1_code.slice(3), f.geometry]));
  const groups = groupBy(communes.filter((c) => located.has(c.code) && epciOf.has(c.code)), (c) => epciOf.get(c.code));
  /** Kilometres to the nearest other located member of the commune's EPCI (Infinity: too few to judge). */
  const nearestNeighbourKm = (commune) => {
    const others = (groups.get(epciOf.get(commune.code)) ?? []).filter((c) => c !== commune);
    if (others.length < EPCI_MIN_OTHERS) return Infinity;
    return Math.min(...others.map((c) => km(located.get(commune.code), located.get(c.code))));
  };
  const misplaced = new Map();
  for (const commune of communes) {
    const point = located.get(commune.code);
    if (!point || SOURCE_POINTS_CHECKED.has(commune.code)) continue;
    const shape = shapes.get(commune.departement);
    const neighbourKm = nearestNeighbourKm(commune);
    const outside = shape && !nearby(point).some((p) => inside(p, shape));
    if (outside && (neighbourKm === Infinity || neighbourKm > EPCI_NEAR_KM)) misplaced.set(commune.code, 'departement');
    else if (commune.departement.length === 2 && neighbourKm !== Infinity && neighbourKm > EPCI_NEIGHBOUR_KM) {
      misplaced.set(commune.code, 'epci');
    }
  }
  return misplaced;
}
