import type { CooperationIndex } from './cooperation-index';

export type LonLat = [number, number];

/** All cooperations of one French région with one partner country, drawn as one arc. */
export interface Flow {
  region: string;
  country: string;
  count: number;
  source: LonLat;
  target: LonLat;
  /** The most frequent category among the flow's cooperations (null: none known). */
  category: string | null;
}

/** The mean point of the distinct collectivities of each région: where its flows leave from. */
export function regionCentres(index: CooperationIndex): Map<string, LonLat> {
  const sums = new Map<string, { lon: number; lat: number; n: number }>();
  const seen = new Set<string>();
  for (const c of index.cooperations) {
    if (seen.has(c.ctCode)) continue;
    seen.add(c.ctCode);
    const sum = sums.get(c.ctRegion) ?? { lon: 0, lat: 0, n: 0 };
    sum.lon += c.ctLon;
    sum.lat += c.ctLat;
    sum.n++;
    sums.set(c.ctRegion, sum);
  }
  return new Map([...sums].map(([code, { lon, lat, n }]) => [code, [lon / n, lat / n]]));
}

/** Groups the kept cooperations by (région, partner country), largest flows first. */
export function aggregateFlows(
  index: CooperationIndex,
  mask: Uint8Array,
  centres: ReadonlyMap<string, LonLat>,
  countryPoint: (iso2: string) => LonLat | undefined,
  category: (i: number) => string | null,
): Flow[] {
  const groups = new Map<number, { count: number; categories: Map<string, number> }>();
  const regions = index.columns.region;
  const countries = index.columns.country;
  const width = countries.codes.length + 1;
  for (let i = 0; i < index.size; i++) {
    if (!mask[i]) continue;
    const key = regions.values[i] * width + countries.values[i];
    let group = groups.get(key);
    if (!group) {
      group = { count: 0, categories: new Map() };
      groups.set(key, group);
    }
    group.count++;
    const value = category(i);
    if (value !== null) group.categories.set(value, (group.categories.get(value) ?? 0) + 1);
  }

  const flows: Flow[] = [];
  for (const [key, group] of groups) {
    const region = regions.codes[Math.floor(key / width)];
    const country = countries.codes[key % width];
    const source = region === undefined ? undefined : centres.get(region);
    const target = country === undefined ? undefined : countryPoint(country);
    if (!source || !target) continue;
    flows.push({ region, country, count: group.count, source, target, category: dominant(group.categories) });
  }
  return flows.sort((a, b) => b.count - a.count || a.region.localeCompare(b.region) || a.country.localeCompare(b.country));
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
