import type { Cooperation } from '../domain/cooperation';
import type { Flow, LonLat } from '../model/flows';
import { lighten, type Rgb } from './palette';

/** One drawn arc: an aggregated flow or a single cooperation. */
export type ArcDatum =
  | { kind: 'flow'; source: LonLat; target: LonLat; width: number; color: Rgb; sourceColor: Rgb; flow: Flow }
  | { kind: 'cooperation'; source: LonLat; target: LonLat; width: number; color: Rgb; sourceColor: Rgb; cooperation: Cooperation };

/** An end of the arcs: a French collectivity (or région) or a partner place (or country). */
export interface EndpointDatum {
  position: LonLat;
  side: 'france' | 'partner';
  /** Cooperations arriving at or leaving from this point. */
  count: number;
  label: string;
}

/** Flow width in pixels grows with the square root of the count, so one big flow does not hide the rest. */
export function flowWidth(count: number, maxCount: number): number {
  return 1 + 11 * Math.sqrt(count / Math.max(1, maxCount));
}

export function flowArcs(flows: readonly Flow[], colorOf: (category: string | null) => Rgb): ArcDatum[] {
  const max = flows.reduce((m, f) => Math.max(m, f.count), 0);
  return flows.map((flow) => {
    const color = colorOf(flow.category);
    return { kind: 'flow', source: flow.source, target: flow.target, width: flowWidth(flow.count, max), color, sourceColor: lighten(color), flow };
  });
}

export function cooperationArcs(
  cooperations: readonly Cooperation[],
  colorOf: (cooperation: Cooperation) => Rgb,
): ArcDatum[] {
  return cooperations.map((cooperation) => {
    const color = colorOf(cooperation);
    return {
      kind: 'cooperation',
      source: [cooperation.ctLon, cooperation.ctLat],
      target: [cooperation.partnerLon, cooperation.partnerLat],
      width: 1.5,
      color,
      sourceColor: lighten(color),
      cooperation,
    };
  });
}

/** Distinct arc ends with how many arcs meet there, French ends first. */
export function endpointsOf(arcs: readonly ArcDatum[], labelOf: (arc: ArcDatum, side: EndpointDatum['side']) => string): EndpointDatum[] {
  const points = new Map<string, EndpointDatum>();
  const add = (position: LonLat, side: EndpointDatum['side'], count: number, arc: ArcDatum) => {
    const key = `${side}:${position[0]},${position[1]}`;
    const point = points.get(key);
    if (point) point.count += count;
    else points.set(key, { position, side, count, label: labelOf(arc, side) });
  };
  for (const arc of arcs) {
    const count = arc.kind === 'flow' ? arc.flow.count : 1;
    add(arc.source, 'france', count, arc);
    add(arc.target, 'partner', count, arc);
  }
  return [...points.values()].sort((a, b) => (a.side === b.side ? b.count - a.count : a.side === 'france' ? -1 : 1));
}
