import type { Cooperation } from '../domain/cooperation';

/** [[west, south], [east, north]] */
export type Bounds = [[number, number], [number, number]];

/** The box around the given [lon, lat] points; null for none. */
export function boundsOfPoints(points: Iterable<readonly [number, number]>): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  if (west === Infinity) return null;
  return [
    [west, south],
    [east, north],
  ];
}

/** The box around both ends of the given cooperations; null for none. */
export function boundsOf(cooperations: readonly Cooperation[]): Bounds | null {
  return boundsOfPoints(cooperations.flatMap((c): [number, number][] => [
    [c.ctLon, c.ctLat],
    [c.partnerLon, c.partnerLat],
  ]));
}
