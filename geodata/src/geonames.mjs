import { readFileSync } from 'node:fs';

/** Feature codes of populated places that are the seat of something, best first. */
const SEAT_RANK = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 4, PPLA5: 5, PPLG: 6, PPL: 7 };
const RANK_OTHER = 8;

/**
 * Reads a GeoNames cities dump (TSV, columns as in the GeoNames readme).
 * @returns {GeoName[]}
 * @typedef {{ id: number, name: string, alternateNames: string[], lat: number, lon: number,
 *   featureCode: string, country: string, admin1: string, admin2: string, admin4: string,
 *   population: number }} GeoName
 */
export function readGeoNames(path) {
  const rows = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const c = line.split('\t');
    rows.push({
      id: Number(c[0]),
      name: c[1],
      alternateNames: c[3] === '' ? [] : c[3].split(','),
      lat: Number(c[4]),
      lon: Number(c[5]),
      featureCode: c[7],
      country: c[8],
      admin1: c[10],
      admin2: c[11],
      admin4: c[13],
      population: Number(c[14]) || 0,
    });
  }
  return rows;
}

/** Orders places as seats first (capital, admin seats), then by population, then by id. */
export function compareSeatFirst(a, b) {
  return (
    (SEAT_RANK[a.featureCode] ?? RANK_OTHER) - (SEAT_RANK[b.featureCode] ?? RANK_OTHER) ||
    b.population - a.population ||
    a.id - b.id
  );
}

/** Orders places by population, largest first, then by id. */
export function compareByPopulation(a, b) {
  return b.population - a.population || a.id - b.id;
}

export function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
