/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_OF_LATITUDE = (Math.PI * EARTH_RADIUS_KM) / 180;
const RADIANS = Math.PI / 180;

/** Great-circle distance between two [lon, lat] points, in km (haversine). */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Points bucketed in square cells of latitude and longitude degrees, one cell as tall as the
 * radius it is built for: a radius query reads the cells of a band of three rows, as wide as the
 * radius spans in longitude at the band's highest latitude (wrapping at the antimeridian), then
 * keeps the points the haversine distance puts within reach.
 */
export interface PointGrid {
  /** Calls visit(point, km) for each point within `km` of [lon, lat] (km at most the grid's radius). */
  within(lon: number, lat: number, km: number, visit: (point: number, distanceKm: number) => void): void;
}

export function buildPointGrid(lons: ArrayLike<number>, lats: ArrayLike<number>, radiusKm: number): PointGrid {
  const cellDegrees = Math.min(180, Math.max(radiusKm, 1e-3) / KM_PER_DEGREE_OF_LATITUDE);
  const columns = Math.ceil(360 / cellDegrees);
  const rowOf = (lat: number) => Math.floor((lat + 90) / cellDegrees);
  const columnOf = (lon: number) => ((Math.floor((lon + 180) / cellDegrees) % columns) + columns) % columns;
  const cells = new Map<number, number[]>();
  for (let i = 0; i < lons.length; i++) {
    const key = rowOf(lats[i]) * columns + columnOf(lons[i]);
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }
  return {
    within(lon, lat, km, visit) {
      if (km > radiusKm) throw new RangeError(`A grid built for ${radiusKm} km cannot answer ${km} km`);
      const row = rowOf(lat);
      const highest = Math.min(90, Math.abs(lat) + cellDegrees * 2);
      const cos = Math.cos(highest * RADIANS);
      const span = cos < 1e-9 ? columns : Math.ceil(km / (KM_PER_DEGREE_OF_LATITUDE * cos) / cellDegrees);
      const first = columnOf(lon);
      const reach = Math.min(span, Math.floor(columns / 2));
      const seen = reach * 2 + 1 >= columns ? columns : reach * 2 + 1;
      for (let r = row - 1; r <= row + 1; r++) {
        for (let step = 0; step < seen; step++) {
          const column = (((first - reach + step) % columns) + columns) % columns;
          const cell = cells.get(r * columns + column);
          if (!cell) continue;
          for (const point of cell) {
            const distance = haversineKm(lon, lat, lons[point], lats[point]);
            if (distance <= km) visit(point, distance);
          }
        }
      }
    },
  };
}
