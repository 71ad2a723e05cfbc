import { ArcLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { ArcDatum, EndpointDatum } from './arc-data';

const FRANCE_POINT: [number, number, number, number] = [40, 55, 90, 220];
const PARTNER_POINT: [number, number, number, number] = [255, 255, 255, 230];
const PARTNER_OUTLINE: [number, number, number, number] = [40, 40, 50, 220];

/**
 * Arcs are laid flat on the map (tilt 90°) so that their curve shows in the top view,
 * and shade from a pale start to a strong end to show the direction.
 */
export function cooperationLayers(arcs: readonly ArcDatum[], endpoints: readonly EndpointDatum[]): Layer[] {
  return [
    new ArcLayer<ArcDatum>({
      id: 'arcs',
      data: arcs,
      pickable: true,
      getSourcePosition: (d) => d.source,
      getTargetPosition: (d) => d.target,
      getSourceColor: (d) => [...d.sourceColor, 200],
      getTargetColor: (d) => [...d.color, 235],
      getWidth: (d) => d.width,
      getHeight: 0.25,
      getTilt: 90,
      widthUnits: 'pixels',
      widthMinPixels: 1,
    }),
    new ScatterplotLayer<EndpointDatum>({
      id: 'endpoints',
      data: endpoints,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      getPosition: (d) => d.position,
      getRadius: (d) => (d.side === 'france' ? 2.5 : 2 + Math.min(8, Math.sqrt(d.count))),
      getFillColor: (d) => (d.side === 'france' ? FRANCE_POINT : PARTNER_POINT),
      getLineColor: PARTNER_OUTLINE,
      lineWidthMinPixels: 1,
    }),
  ];
}
