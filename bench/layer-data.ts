import type { Cooperation } from '../src/domain/cooperation';
import { cooperationArcs, endpointsOf, flowArcs, type EndpointNames } from '../src/map/arc-data';
import { colorLookup, lighten } from '../src/map/palette';
import { facetValue } from '../src/domain/facets';
import { aggregateFlows, originCentres, originOf, type LonLat } from '../src/model/flows';
import type { Dataset } from './dataset';
import { compare, type Result } from './harness';

const names: EndpointNames = { origin: (code) => code, country: (iso2) => iso2 };
const colorOf = colorLookup('theme');
const themeOf = (c: Cooperation) => facetValue('theme', c, { continentOf: () => undefined, currentYear: 2026 });

/** The same flows with plain objects: a string key per record, counts and categories in objects. */
function naiveFlows(cooperations: readonly Cooperation[], centres: ReadonlyMap<string, LonLat>, countryPoint: (iso2: string) => LonLat | undefined) {
  const groups: Record<string, { origin: string; country: string; count: number; categories: Record<string, number> }> = {};
  for (const c of cooperations) {
    const origin = originOf(c, 'national');
    const group = (groups[`${origin}>${c.partnerCountry}`] ??= { origin, country: c.partnerCountry, count: 0, categories: {} });
    group.count++;
    const category = themeOf(c);
    if (category !== null) group.categories[category] = (group.categories[category] ?? 0) + 1;
  }
  const flows = Object.values(groups).flatMap(({ origin, country, count, categories }) => {
    const source = centres.get(origin);
    const target = countryPoint(country);
    const category = Object.entries(categories).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    return source && target ? [{ origin, country, count, source, target, category }] : [];
  });
  const max = Math.max(1, ...flows.map((flow) => flow.count));
  const arcs = flows.sort((a, b) => b.count - a.count).map((flow) => ({ ...flow, width: 1 + 11 * Math.sqrt(flow.count / max), color: colorOf(flow.category) }));
  const ends: Record<string, number> = {};
  for (const arc of arcs) for (const point of [arc.source, arc.target]) ends[String(point)] = (ends[String(point)] ?? 0) + arc.count;
  return { arcs, ends };
}

/** One arc per cooperation as binary attributes, the form deck.gl reads without accessors. */
function binaryArcs(cooperations: readonly Cooperation[]) {
  const positions = new Float32Array(cooperations.length * 4);
  const colors = new Uint8Array(cooperations.length * 6);
  cooperations.forEach((c, i) => {
    positions.set([c.ctLon, c.ctLat, c.partnerLon, c.partnerLat], i * 4);
    const color = colorOf(themeOf(c));
    colors.set(color, i * 6);
    colors.set(lighten(color), i * 6 + 3);
  });
  return { positions, colors };
}

/** What the map layers read: aggregated flows (the national view) and one arc per cooperation (a small selection). */
export async function layerData({ n, index, cooperations, countryByIso2 }: Dataset): Promise<Result[]> {
  const all = new Uint8Array(n).fill(1);
  const centres = originCentres(index, 'national');
  const countryPoint = (iso2: string): LonLat | undefined => {
    const country = countryByIso2.get(iso2);
    return country ? [country.lon, country.lat] : undefined;
  };
  const category = (i: number) => themeOf(cooperations[i]);
  const flows = () => endpointsOf(flowArcs(aggregateFlows({ index, mask: all, level: 'national', centres, partnerPoint: countryPoint, category }), colorOf), names);
  return [
    await compare('layer-data', n, { name: 'aggregateFlows+flowArcs+endpointsOf', run: flows }, { name: 'objects grouping', run: () => naiveFlows(cooperations, centres, countryPoint) }),
    await compare(
      'layer-data-arcs',
      n,
      { name: 'cooperationArcs+endpointsOf', run: () => endpointsOf(cooperationArcs(cooperations, (c) => colorOf(themeOf(c))), names) },
      { name: 'binary attributes', run: () => binaryArcs(cooperations) },
    ),
  ];
}
