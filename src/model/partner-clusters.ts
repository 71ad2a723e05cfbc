import type { LonLat } from './flows';

/** A partner place as clustering sees it. */
export interface ClusterPlace {
  /** Its place key ("SN/thies"). */
  key: string;
  country: string;
  name: string;
  position: LonLat;
  /** Cooperations there: the busiest place of a group names it. */
  count: number;
}

/** An admin-1 unit, as the country's gazetteer gives it. */
export interface Admin1Unit {
  /** GeoNames code such as "SN.01". */
  code: string;
  name: string;
  /** Its seat. */
  position: LonLat;
}

/**
 * Where flows end at a middle zoom: the places of one admin-1 unit, or places whose unit is not
 * known that lie close together on screen around the busiest of them.
 */
export interface PartnerCluster {
  /** "admin1:SN.01" or "near:SN/thies", never a place key nor a country code. */
  key: string;
  kind: 'admin1' | 'nearby';
  country: string;
  /** The unit's name, or the busiest place's. */
  name: string;
  /** The unit's seat, or the busiest place. */
  position: LonLat;
  /** Positions in the places given. */
  places: number[];
}

export interface PartnerClusters {
  clusters: PartnerCluster[];
  /** Per place given, its cluster's position in `clusters`. */
  clusterOf: Uint32Array;
}

/** Places of unknown unit this close on screen, in CSS pixels, join the same cluster. */
export const CLUSTER_RADIUS_PX = 40;

/** A point's position in pixels on the whole Web Mercator world at a zoom (512 pixels wide at zoom 0, as MapLibre). */
export function worldPixel([lon, lat]: LonLat, zoom: number): [number, number] {
  const scale = (512 * 2 ** zoom) / 360;
  const mercatorLat = (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
  return [lon * scale, -mercatorLat * scale];
}

/**
 * Groups partner places for drawing at a zoom: by admin-1 unit where `unitOf` knows it; the others,
 * busiest first, each found a cluster that takes in the later places of its country within
 * CLUSTER_RADIUS_PX (the nearest such cluster when several are in reach).
 */
export function clusterPlaces(places: readonly ClusterPlace[], zoom: number, unitOf: (place: number) => Admin1Unit | null): PartnerClusters {
  const clusters: PartnerCluster[] = [];
  const clusterOf = new Uint32Array(places.length);
  const join = (place: number, cluster: number) => {
    clusterOf[place] = cluster;
    clusters[cluster].places.push(place);
  };

  const byUnit = new Map<string, number>();
  const loose: number[] = [];
  places.forEach((place, p) => {
    const unit = unitOf(p);
    if (unit === null) return loose.push(p);
    let cluster = byUnit.get(unit.code);
    if (cluster === undefined) {
      byUnit.set(unit.code, (cluster = clusters.length));
      clusters.push({ key: `admin1:${unit.code}`, kind: 'admin1', country: place.country, name: unit.name, position: unit.position, places: [] });
    }
    join(p, cluster);
  });

  // A grid of cells as wide as the radius: a cluster in reach lies in one of the 9 cells around.
  const cells = new Map<string, { cluster: number; x: number; y: number }[]>();
  const cellOf = (x: number, y: number) => `${Math.floor(x / CLUSTER_RADIUS_PX)},${Math.floor(y / CLUSTER_RADIUS_PX)}`;
  loose.sort((a, b) => places[b].count - places[a].count || a - b);
  for (const p of loose) {
    const place = places[p];
    const [x, y] = worldPixel(place.position, zoom);
    let nearest = -1;
    let nearestDistance = CLUSTER_RADIUS_PX ** 2;
    for (const dx of [-1, 0, 1]) {
      for (const dy of [-1, 0, 1]) {
        for (const seed of cells.get(cellOf(x + dx * CLUSTER_RADIUS_PX, y + dy * CLUSTER_RADIUS_PX)) ?? []) {
          const distance = (seed.x - x) ** 2 + (seed.y - y) ** 2;
          if (clusters[seed.cluster].country === place.country && distance <= nearestDistance) {
            nearest = seed.cluster;
            nearestDistance = distance;
          }
        }
      }
    }
    if (nearest < 0) {
      nearest = clusters.length;
      clusters.push({ key: `near:${place.key}`, kind: 'nearby', country: place.country, name: place.name, position: place.position, places: [] });
      const cell = cellOf(x, y);
      const seeds = cells.get(cell);
      if (seeds) seeds.push({ cluster: nearest, x, y });
      else cells.set(cell, [{ cluster: nearest, x, y }]);
    }
    join(p, nearest);
  }
  return { clusters, clusterOf };
}
