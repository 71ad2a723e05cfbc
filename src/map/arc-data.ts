import { collectivityKey } from '../domain/collectivity-key';
import type { Cooperation } from '../domain/cooperation';
import type { Flow, LonLat } from '../model/flows';
import { placeKey } from '../model/places';
import { lighten, type Rgb } from './palette';

/** One drawn arc: an aggregated flow or a single cooperation. */
/** `alpha` lets thin flows recede behind the large ones. */
export type ArcDatum = { source: LonLat; target: LonLat; width: number; alpha: number; color: Rgb; sourceColor: Rgb } & (
  | { kind: 'flow'; flow: Flow }
  | { kind: 'cooperation'; cooperation: Cooperation }
);

/** What a click on an arc end points at. */
export type PickTarget =
  | { kind: 'origin'; code: string }
  | { kind: 'country'; iso2: string }
  | { kind: 'cluster'; key: string }
  | { kind: 'collectivity'; code: string }
  | { kind: 'place'; key: string };

/** An end of the arcs: a French collectivity (or région) or a partner place (or country). */
export interface EndpointDatum {
  position: LonLat;
  side: 'france' | 'partner';
  /** Cooperations arriving at or leaving from this point. */
  count: number;
  label: string;
  /** The place's own name, as the map writes it beside the point. */
  name: string;
  target: PickTarget;
}

/** Flow width and opacity grow with the square root of the count, so one big flow does not hide the rest. */
export function flowArcs(flows: readonly Flow[], colorOf: (category: string | null) => Rgb): ArcDatum[] {
  const max = flows.reduce((m, f) => Math.max(m, f.count), 0);
  return flows.map((flow) => {
    const color = colorOf(flow.category);
    const share = Math.sqrt(flow.count / Math.max(1, max));
    return {
      kind: 'flow',
      source: flow.source,
      target: flow.target,
      width: 1 + 11 * share,
      alpha: Math.round(90 + 150 * share),
      color,
      sourceColor: lighten(color),
      flow,
    };
  });
}

export function cooperationArcs(cooperations: readonly Cooperation[], colorOf: (cooperation: Cooperation) => Rgb, width = 1.5): ArcDatum[] {
  return cooperations.map((cooperation) => {
    const color = colorOf(cooperation);
    return {
      kind: 'cooperation',
      source: [cooperation.ctLon, cooperation.ctLat],
      target: [cooperation.partnerLon, cooperation.partnerLat],
      width,
      alpha: 220,
      color,
      sourceColor: lighten(color),
      cooperation,
    };
  });
}

function endOf(arc: ArcDatum, side: EndpointDatum['side'], names: EndpointNames): Omit<EndpointDatum, 'count'> {
  const france = side === 'france';
  const position = france ? arc.source : arc.target;
  if (arc.kind === 'flow') {
    const { origin, country, partner } = arc.flow;
    if (france) {
      const name = names.origin(origin);
      return { position, side, label: name, name, target: { kind: 'origin', code: origin } };
    }
    const end = partner === country ? undefined : names.partner?.(partner);
    if (end) return { position, side, label: `${end.name} (${names.country(country)})`, name: end.name, target: end.target };
    const name = names.country(country);
    return { position, side, label: name, name, target: { kind: 'country', iso2: country } };
  }
  const c = arc.cooperation;
  return france
    ? { position, side, label: c.ctName, name: c.ctName, target: { kind: 'collectivity', code: collectivityKey(c) } }
    : { position, side, label: `${c.partnerName} (${names.country(c.partnerCountry)})`, name: c.partnerName, target: { kind: 'place', key: placeKey(c) } };
}

export interface EndpointNames {
  /** The name of a flow's origin: a région, département or collectivity, or "France métropolitaine" for METROPOLE. */
  origin: (key: string) => string;
  country: (iso2: string) => string;
  /** A flow's partner end other than a country (a cluster of places, a place): its name and what a click on it points at. */
  partner?: (key: string) => { name: string; target: PickTarget } | undefined;
}

/** A partner place where several French collectivities work, marked on the map. */
export interface SharedPlaceDatum {
  key: string;
  position: LonLat;
  /** French collectivities working there. */
  count: number;
  label: string;
}

/** Distinct arc ends with how many cooperations meet there, French ends first, largest first. */
export function endpointsOf(arcs: readonly ArcDatum[], names: EndpointNames): EndpointDatum[] {
  const points = new Map<string, EndpointDatum>();
  for (const arc of arcs) {
    const count = arc.kind === 'flow' ? arc.flow.count : 1;
    for (const side of ['france', 'partner'] as const) {
      const end = endOf(arc, side, names);
      const key = `${side}:${end.position[0]},${end.position[1]}`;
      const point = points.get(key);
      if (point) point.count += count;
      else points.set(key, { ...end, count });
    }
  }
  return [...points.values()].sort((a, b) => (a.side === b.side ? b.count - a.count : a.side === 'france' ? -1 : 1));
}
