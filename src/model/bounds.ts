import type { Cooperation } from '../domain/cooperation';

/** [[west, south], [east, north]] */
export type Bounds = [[number, number], [number, number]];

/** The box around both ends of the given cooperations; null for none. */
export function boundsOf(cooperations: readonly Cooperation[]): Bounds | null {
  if (cooperations.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const c of cooperations) {
    for (const [lon, lat] of [
      [c.ctLon, c.ctLat],
      [c.partnerLon, c.partnerLat],
    ]) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [
    [west, south],
    [east, north],
  ];
}
