import type { Flow, LonLat } from '../model/flows';
import { lighten, type Rgb } from './palette';

/** One aggregated flow as drawn; `alpha` lets thin flows recede behind the large ones. */
export interface ArcDatum {
  kind: 'flow';
  flow: Flow;
  source: LonLat;
  target: LonLat;
  width: number;
  alpha: number;
  color: Rgb;
  sourceColor: Rgb;
}

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

function flowEnd({ flow, source, target }: ArcDatum, side: EndpointDatum['side'], names: EndpointNames): Omit<EndpointDatum, 'count'> {
  const { origin, country, partner } = flow;
  if (side === 'france') {
    const name = names.origin(origin);
    return { position: source, side, label: name, name, target: { kind: 'origin', code: origin } };
  }
  const end = partner === country ? undefined : names.partner?.(partner);
  if (end) return { position: target, side, label: partnerLabel(end, country, names), name: end.name, target: end.target };
  const name = names.country(country);
  return { position: target, side, label: name, name, target: { kind: 'country', iso2: country } };
}

export interface EndpointNames {
  /** The name of a flow's origin: a région, département or collectivity, or "France métropolitaine" for METROPOLE. */
  origin: (key: string) => string;
  country: (iso2: string) => string;
  /** A flow's partner end other than a country (a cluster of places, a place, an off-screen group): its name, what a click on it points at, and its label where its country does not name it. */
  partner?: (key: string) => PartnerName | undefined;
}

export interface PartnerName {
  name: string;
  target: PickTarget;
  /** Where the end spans several countries (an off-screen group): how it is written in full. */
  label?: string;
}

/** A partner end in full: "Thiès (Sénégal)", or a group's own label. */
export const partnerLabel = (end: PartnerName, country: string, names: EndpointNames) => end.label ?? `${end.name} (${names.country(country)})`;

/** A partner place where several French collectivities work, marked on the map. */
export interface SharedPlaceDatum {
  key: string;
  position: LonLat;
  /** French collectivities working there. */
  count: number;
  label: string;
}

/** French ends first, then the busiest first; a stable sort keeps ties in the order they came. */
export const byImportance = (a: EndpointDatum, b: EndpointDatum) => (a.side === b.side ? b.count - a.count : a.side === 'france' ? -1 : 1);

/** Distinct ends of the flows with how many cooperations meet there. */
export function flowEndpoints(arcs: readonly ArcDatum[], names: EndpointNames): EndpointDatum[] {
  const points = new Map<string, EndpointDatum>();
  for (const arc of arcs) {
    for (const side of ['france', 'partner'] as const) {
      const end = flowEnd(arc, side, names);
      const key = `${side}:${end.position[0]},${end.position[1]}`;
      const point = points.get(key);
      if (point) point.count += arc.flow.count;
      else points.set(key, { ...end, count: arc.flow.count });
    }
  }
  return [...points.values()].sort(byImportance);
}
