import { collectivityKey } from '../domain/collectivity-key';
import type { CooperationIndex } from './cooperation-index';

export type LonLat = [number, number];

/** How finely flows are grouped on the French side: one origin for metropolitan France, or one per région. */
export type FlowLevel = 'national' | 'regional';

/** Origin key of metropolitan France at the national level; overseas régions always keep their own origin. */
export const METROPOLE = 'metropole';
const OVERSEAS_REGIONS = new Set(['01', '02', '03', '04', '06']);

export function originOf(regionCode: string, level: FlowLevel): string {
  return level === 'regional' || OVERSEAS_REGIONS.has(regionCode) ? regionCode : METROPOLE;
}

/** All cooperations from one origin (a région, or metropolitan France) to one partner country, drawn as one arc. */
export interface Flow {
  /** A région code, or METROPOLE. */
  origin: string;
  country: string;
  count: number;
  source: LonLat;
  target: LonLat;
  /** The most frequent category among the flow's cooperations (null: none known). */
  category: string | null;
}

/** The mean point of the distinct collectivities behind each origin: where its flows leave from. */
export function originCentres(index: CooperationIndex, level: FlowLevel): Map<string, LonLat> {
  const sums = new Map<string, { lon: number; lat: number; n: number }>();
  const seen = new Set<string>();
  for (const c of index.cooperations) {
    const key = collectivityKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    const origin = originOf(c.ctRegion, level);
    const sum = sums.get(origin) ?? { lon: 0, lat: 0, n: 0 };
    sum.lon += c.ctLon;
    sum.lat += c.ctLat;
    sum.n++;
    sums.set(origin, sum);
  }
  return new Map([...sums].map(([origin, { lon, lat, n }]) => [origin, [lon / n, lat / n]]));
}

export interface FlowInput {
  index: CooperationIndex;
  mask: Uint8Array;
  level: FlowLevel;
  centres: ReadonlyMap<string, LonLat>;
  countryPoint: (iso2: string) => LonLat | undefined;
  category: (i: number) => string | null;
}

/** Groups the kept cooperations by (origin, partner country), largest flows first. */
export function aggregateFlows({ index, mask, level, centres, countryPoint, category }: FlowInput): Flow[] {
  const regions = index.columns.region;
  const countries = index.columns.country;
  const originKeys = [...regions.codes.map((code) => originOf(code, level)), null];
  const groups = new Map<string, { origin: string; country: string; count: number; categories: Map<string, number> }>();
  for (let i = 0; i < index.size; i++) {
    if (!mask[i]) continue;
    const origin = originKeys[regions.values[i]];
    const country = countries.codes[countries.values[i]];
    if (origin === null || country === undefined) continue;
    const key = `${origin}>${country}`;
    let group = groups.get(key);
    if (!group) {
      group = { origin, country, count: 0, categories: new Map() };
      groups.set(key, group);
    }
    group.count++;
    const value = category(i);
    if (value !== null) group.categories.set(value, (group.categories.get(value) ?? 0) + 1);
  }

  const flows: Flow[] = [];
  for (const { origin, country, count, categories } of groups.values()) {
    const source = centres.get(origin);
    const target = countryPoint(country);
    if (!source || !target) continue;
    flows.push({ origin, country, count, source, target, category: dominant(categories) });
  }
  return flows.sort((a, b) => b.count - a.count || a.origin.localeCompare(b.origin) || a.country.localeCompare(b.country));
}

function dominant(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
