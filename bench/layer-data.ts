import { collectivityKey } from '../src/domain/collectivity-key';
import type { Cooperation } from '../src/domain/cooperation';
import { placeKey } from '../src/model/places';
import { byImportance, flowArcs, flowEndpoints, type EndpointDatum, type EndpointNames } from '../src/map/arc-data';
import { COPIED_UP_TO, cooperationArcs, drawnArcs, withFilter } from '../src/map/cooperation-arcs';
import { cooperationEndpoints, indexEnds } from '../src/map/cooperation-ends';
import { colorLookup, lighten } from '../src/map/palette';
import { runFilters } from '../src/model/crossfilter';
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

/** The path before binary attributes: one object per kept cooperation... */
function arcObjects(cooperations: readonly Cooperation[]) {
  return cooperations.map((cooperation) => {
    const color = colorOf(themeOf(cooperation));
    return { source: [cooperation.ctLon, cooperation.ctLat], target: [cooperation.partnerLon, cooperation.partnerLat], width: 1.5, alpha: 220, color, sourceColor: lighten(color), cooperation };
  });
}

function objectEnd(c: Cooperation, side: EndpointDatum['side']): Omit<EndpointDatum, 'count'> {
  return side === 'france'
    ? { position: [c.ctLon, c.ctLat], side, label: c.ctName, name: c.ctName, target: { kind: 'collectivity', code: collectivityKey(c) } }
    : { position: [c.partnerLon, c.partnerLat], side, label: `${c.partnerName} (${names.country(c.partnerCountry)})`, name: c.partnerName, target: { kind: 'place', key: placeKey(c) } };
}

/** ...then its ends keyed by position, each one built again for each arc. */
function objectArcs(cooperations: readonly Cooperation[]) {
  const arcs = arcObjects(cooperations);
  const points = new Map<string, EndpointDatum>();
  for (const { cooperation } of arcs) {
    for (const side of ['france', 'partner'] as const) {
      const end = objectEnd(cooperation, side);
      const key = `${side}:${end.position[0]},${end.position[1]}`;
      const point = points.get(key);
      if (point) point.count++;
      else points.set(key, { ...end, count: 1 });
    }
  }
  return { arcs, ends: [...points.values()].sort(byImportance) };
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
  const flows = () => flowEndpoints(flowArcs(aggregateFlows({ index, mask: all, level: 'national', centres, partnerPoint: countryPoint, category }), colorOf), names);
  const colorOfCooperation = (c: Cooperation) => colorOf(themeOf(c));
  // A filter that only hides arcs, as a click on a theme asks.
  const { mask } = runFilters(index, { values: { theme: [index.columns.theme.codes[0]] }, years: null });
  const keptOnly = () => cooperations.filter((_, i) => mask[i]);
  // A small question: the first kept arcs, as many as are copied rather than filtered on the GPU.
  const few = mask.slice();
  for (let i = 0, seen = 0; i < few.length; i++) if (few[i] && ++seen > COPIED_UP_TO) few[i] = 0;
  const everyArc = cooperationArcs(cooperations, colorOfCooperation);
  const ends = indexEnds(cooperations);
  return [
    await compare('layer-data', n, { name: 'aggregateFlows+flowArcs+endpointsOf', run: flows }, { name: 'objects grouping', run: () => naiveFlows(cooperations, centres, countryPoint) }),
    await compare(
      'layer-data-arcs',
      n,
      { name: 'binary cooperationArcs+indexEnds+ends', run: () => cooperationEndpoints(indexEnds(cooperations), all, names) && cooperationArcs(cooperations, colorOfCooperation) },
      { name: 'arc objects+ends (before)', run: () => objectArcs(cooperations) },
    ),
    await compare(
      'layer-data-filter',
      n,
      { name: 'withFilter+cooperationEndpoints', run: () => cooperationEndpoints(ends, mask, names) && withFilter(everyArc, mask) },
      { name: 'kept arc objects+ends (before)', run: () => objectArcs(keptOnly()) },
    ),
    await compare(
      'layer-data-filter-few',
      n,
      { name: 'drawnArcs (copied)+cooperationEndpoints', run: () => cooperationEndpoints(ends, few, names) && drawnArcs(everyArc, few, COPIED_UP_TO) },
      { name: 'kept arc objects+ends (before)', run: () => objectArcs(cooperations.filter((_, i) => few[i])) },
    ),
    await compare('layer-data-filter-arcs', n, { name: 'withFilter (GPU filter buffer)', run: () => withFilter(everyArc, mask) }, { name: 'kept arc objects (before)', run: () => arcObjects(keptOnly()) }),
  ];
}
