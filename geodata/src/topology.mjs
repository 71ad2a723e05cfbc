import { createRequire } from 'node:module';
import { rewind } from './geometry.mjs';

const require = createRequire(import.meta.url);
const { topology } = require('topojson-server');
const { filter, filterWeight, presimplify, simplify, quantile } = require('topojson-simplify');
const { feature, mergeArcs, quantize } = require('topojson-client');

/**
 * Builds a quantised TopoJSON topology from GeoJSON feature collections (one object each) and keeps
 * the `keepShare` most significant points (Visvalingam; a shared border is simplified once, so
 * neighbours stay joined). Feature properties are kept as given.
 */
export function simplifiedTopology(collections, { keepShare, quantization }) {
  // Quantising first snaps near-equal vertices, so neighbours share their border arcs.
  const weighted = keepEveryRingOpen(presimplify(topology(collections, quantization)));
  const simplified = quantize(simplify(weighted, quantile(weighted, keepShare)), quantization);
  // Rings that quantisation flattened to a line (islets, enclaves of a few hundred metres) go.
  return filter(simplified, filterWeight(simplified));
}

/**
 * Visvalingam would shrink a small island or enclave to a line; giving the two most significant
 * inner points of each arc an infinite weight keeps every ring at least a triangle.
 */
function keepEveryRingOpen(presimplified) {
  for (const arc of presimplified.arcs) {
    const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    for (const point of inner.slice(0, 2)) point[2] = Infinity;
  }
  return presimplified;
}

/**
 * Dissolves the geometries of `sourceName` that share a key into one geometry each, keeping the
 * shared borders out (topojson-client mergeArcs). Geometries whose key is null are kept as they are.
 * @returns {object[]} TopoJSON geometry objects with the given properties, sorted by key
 */
export function dissolve(topo, sourceName, keyOf, propertiesOf) {
  const groups = new Map();
  for (const geometry of topo.objects[sourceName].geometries) {
    const key = keyOf(geometry);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(geometry);
  }
  return [...groups].flatMap(([key, geometries]) => {
    if (key === null) return geometries;
    const merged = geometries.length === 1 ? geometries[0] : mergeArcs(topo, geometries);
    return [{ type: merged.type, arcs: merged.arcs, properties: propertiesOf(key, geometries) }];
  });
}

/**
 * Rebuilds a topology with RFC 7946 winding (exterior rings counter-clockwise once converted
 * with topojson-client's feature()): simplifying a tiny ring or merging may have reversed it.
 */
export function rewoundTopology(topo, quantization) {
  const collections = {};
  for (const [name, object] of Object.entries(topo.objects)) {
    const { features } = feature(topo, object);
    collections[name] = {
      type: 'FeatureCollection',
      features: features.map((f) => ({ ...f, geometry: f.geometry && rewind(f.geometry) })),
    };
  }
  return topology(collections, quantization);
}
