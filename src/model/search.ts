import { collectivityKey } from '../domain/collectivity-key';
import type { Cooperation } from '../domain/cooperation';
import { foldName } from '../domain/text';
import { placeKey } from './places';

export interface SearchEntry {
  kind: 'collectivity' | 'place';
  /** collectivityKey or placeKey: what selecting the entry selects. */
  key: string;
  name: string;
  /** Département code, or the partner country's ISO code. */
  context: string;
  lon: number;
  lat: number;
  /** Cooperations of this collectivity or at this place; ranks equal matches. */
  weight: number;
  folded: string;
}

/** One entry per distinct collectivity and partner place of the data. */
export function searchEntries(cooperations: readonly Cooperation[]): SearchEntry[] {
  const entries = new Map<string, SearchEntry>();
  const add = (entry: Omit<SearchEntry, 'weight' | 'folded'>) => {
    const id = `${entry.kind}:${entry.key}`;
    const known = entries.get(id);
    if (known) known.weight++;
    else entries.set(id, { ...entry, weight: 1, folded: foldName(entry.name) });
  };
  for (const c of cooperations) {
    add({ kind: 'collectivity', key: collectivityKey(c), name: c.ctName, context: c.ctDepartement ?? c.ctRegion, lon: c.ctLon, lat: c.ctLat });
    add({ kind: 'place', key: placeKey(c), name: c.partnerName, context: c.partnerCountry, lon: c.partnerLon, lat: c.partnerLat });
  }
  return [...entries.values()];
}

/** How well a folded name matches a folded query: 0 = starts with it, 1 = a word starts with it, 2 = contains it. */
function matchRank(folded: string, query: string): number | null {
  if (folded.startsWith(query)) return 0;
  if (folded.includes(` ${query}`)) return 1;
  if (folded.includes(query)) return 2;
  return null;
}

/** Suggestions for a query, without accents or case: best match first, then the busiest. */
export function searchSuggestions(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const folded = foldName(query);
  if (folded.length < 2) return [];
  const ranked: { entry: SearchEntry; rank: number }[] = [];
  for (const entry of entries) {
    const rank = matchRank(entry.folded, folded);
    if (rank !== null) ranked.push({ entry, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || b.entry.weight - a.entry.weight || a.entry.name.localeCompare(b.entry.name, 'fr'));
  return ranked.slice(0, limit).map(({ entry }) => entry);
}
