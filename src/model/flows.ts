import { collectivityKey } from '../domain/collectivity-key';
import type { Cooperation } from '../domain/cooperation';
import type { CooperationIndex } from './cooperation-index';

export type LonLat = [number, number];

/** How finely flows are grouped on the French side: one origin for metropolitan France, one per région, département or collectivity. */
export type FlowLevel = 'national' | 'regional' | 'departemental' | 'collectivity';

/** Origin key of metropolitan France at the national level; overseas régions always keep their own origin. */
export const METROPOLE = 'metropole';
const OVERSEAS_REGIONS = new Set(['01', '02', '03', '04', '06']);

/** Origin keys of a département (as anchors write it, "departement-35") and of a collectivity: région, département and collectivity codes overlap. */
export const DEPARTEMENT_ORIGIN = 'departement-';
export const COLLECTIVITY_ORIGIN = 'ct-';

export function originOf(c: Pick<Cooperation, 'ctRegion' | 'ctDepartement' | 'ctKind' | 'ctCode'>, level: FlowLevel): string {
  if (level === 'collectivity') return COLLECTIVITY_ORIGIN + collectivityKey(c);
  if (level === 'departemental' && c.ctDepartement !== null) return DEPARTEMENT_ORIGIN + c.ctDepartement;
  return level !== 'national' || OVERSEAS_REGIONS.has(c.ctRegion) ? c.ctRegion : METROPOLE;
}

/** All cooperations from one origin (a département, a région, or metropolitan France) to one partner end, drawn as one arc. */
export interface Flow {
  /** A région code, a DEPARTEMENT_ORIGIN key, or METROPOLE. */
  origin: string;
  country: string;
  /** The partner end: the country's code, or the key of a cluster of its places. */
  partner: string;
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
    const origin = originOf(c, level);
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
  /** Where a partner end is drawn, by its key (a country's code unless `partnerOf` says otherwise). */
  partnerPoint: (partner: string) => LonLat | undefined;
  /** Record i's partner end (null: none drawn); its country when absent. */
  partnerOf?: (i: number) => string | null;
  category: (i: number) => string | null;
}

/** Record i's origin, read from the typed région column where the level allows. */
function originLookup(index: CooperationIndex, level: FlowLevel): (i: number) => string | null {
  if (level === 'departemental' || level === 'collectivity') return (i) => originOf(index.cooperations[i], level);
  const regions = index.columns.region;
  const keys = [...regions.codes.map((ctRegion) => (OVERSEAS_REGIONS.has(ctRegion) || level === 'regional' ? ctRegion : METROPOLE)), null];
  return (i) => keys[regions.values[i]];
}

/** Groups the kept cooperations by (origin, partner end), largest flows first. */
export function aggregateFlows({ index, mask, level, centres, partnerPoint, partnerOf, category }: FlowInput): Flow[] {
  const countries = index.columns.country;
  const originAt = originLookup(index, level);
  const groups = new Map<string, { origin: string; country: string; partner: string; count: number; categories: Map<string, number> }>();
  for (let i = 0; i < index.size; i++) {
    if (!mask[i]) continue;
    const origin = originAt(i);
    const country = countries.codes[countries.values[i]];
    const partner = partnerOf ? partnerOf(i) : country;
    if (origin === null || country === undefined || partner === null || partner === undefined) continue;
    const key = `${origin}>${partner}`;
    let group = groups.get(key);
    if (!group) {
      group = { origin, country, partner, count: 0, categories: new Map() };
      groups.set(key, group);
    }
    group.count++;
    const value = category(i);
    if (value !== null) group.categories.set(value, (group.categories.get(value) ?? 0) + 1);
  }

  const flows: Flow[] = [];
  for (const { origin, country, partner, count, categories } of groups.values()) {
    const source = centres.get(origin);
    const target = partnerPoint(partner);
    if (!source || !target) continue;
    flows.push({ origin, country, partner, count, source, target, category: dominant(categories) });
  }
  return flows.sort((a, b) => b.count - a.count || a.origin.localeCompare(b.origin) || a.partner.localeCompare(b.partner));
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
