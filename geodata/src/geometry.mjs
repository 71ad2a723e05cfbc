import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { geoEquirectangular } = require('d3-geo');
const { geoProject } = require('d3-geo-projection');

/** Polygons of a Polygon or MultiPolygon geometry, as a list of rings lists. */
export function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`not a polygon: ${geometry.type}`);
}

export function multiPolygon(polygons) {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Twice the signed planar area of a ring: positive when counter-clockwise. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewind(geometry) {
  return multiPolygon(polygonsOf(geometry).map((rings) =>
    rings.map((ring, index) => ((signedArea(ring) > 0) === (index === 0) ? ring : [...ring].reverse()))));
}

export function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Cuts rings that cross the antimeridian (Fiji, Chukotka, Antarctica) into pieces on either side,
 * so that a planar renderer draws no edge across the whole map. d3's spherical clipping does the
 * cut; an equirectangular projection scaled to degrees brings the coordinates back as lon/lat.
 * Input rings follow d3's spherical winding (exterior clockwise), as world-atlas's do.
 */
export function cutAtAntimeridian(feature) {
  const degrees = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).precision(0);
  const projected = geoProject(feature, degrees);
  const unproject = (rings) => rings.map((ring) => ring.map(([x, y]) => [x, -y]));
  return { ...feature, geometry: rewind(multiPolygon(polygonsOf(projected.geometry).map(unproject))) };
}
