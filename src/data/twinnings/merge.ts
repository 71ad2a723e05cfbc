import type { Cooperation } from '../../domain/cooperation';

/** A jumelage of the built dataset: a cooperation and every source line that lists it. */
export type Jumelage = Cooperation & { sourceRows: number[] };

/** A partner place: its country and its point. */
export function partnerPointKey(place: { country: string; lon: number; lat: number }): string {
  return [place.country, place.lon.toFixed(5), place.lat.toFixed(5)].join('|');
}

/** The same collectivity with the same partner place. */
function pairKey(c: Cooperation): string {
  return `${c.ctCode}|${partnerPointKey({ country: c.partnerCountry, lon: c.partnerLon, lat: c.partnerLat })}`;
}

/**
 * Merges the pairs listed twice (the France page and the partner's page, often under two
 * spellings): the first listing stays, with `sourceRow` its line and `sourceRows` all the lines.
 * Returns the jumelages in the order of their first line, and for each merged line the line it joined.
 */
export function mergeListings(listings: readonly Cooperation[]): { jumelages: Jumelage[]; mergedInto: Map<number, number> } {
  const byPair = new Map<string, Jumelage>();
  const mergedInto = new Map<number, number>();
  for (const listing of [...listings].sort((a, b) => (a.sourceRow ?? 0) - (b.sourceRow ?? 0))) {
    const key = pairKey(listing);
    const first = byPair.get(key);
    if (first) {
      first.sourceRows.push(listing.sourceRow ?? 0);
      mergedInto.set(listing.sourceRow ?? 0, first.sourceRow ?? 0);
    } else byPair.set(key, { ...listing, sourceRows: [listing.sourceRow ?? 0] });
  }
  return { jumelages: [...byPair.values()], mergedInto };
}
