import { ArcLayer, ScatterplotLayer, type ScatterplotLayerProps } from '@deck.gl/layers';
import type { GetPickingInfoParams, Layer, PickingInfo } from '@deck.gl/core';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { Cooperation } from '../domain/cooperation';
import type { ArcDatum, EndpointDatum, SharedPlaceDatum } from './arc-data';
import { KEPT, pickAt, type CooperationArcs, type CooperationPick } from './cooperation-arcs';
import type { PlacedLabel } from './label-placement';
import { labelLayer } from './map-labels';

type Rgba = [number, number, number, number];
const FRANCE_POINT: Rgba = [40, 55, 90, 220];
const PARTNER_POINT: Rgba = [255, 255, 255, 230];
const OUTLINE: Rgba = [40, 40, 50, 220];
const SELECTED_OUTLINE: Rgba = [0, 0, 0, 255];
const SHARED_FILL: Rgba = [230, 120, 20, 70];
const SHARED_OUTLINE: Rgba = [200, 90, 0, 230];

/** What the map draws as arcs: aggregated flows, or one arc per cooperation. */
export type DrawnArcs = { kind: 'flows'; flows: readonly ArcDatum[] } | { kind: 'cooperations'; arcs: CooperationArcs; width?: number };

/** What a pick on the map's layers gives. */
export type MapPick = ArcDatum | CooperationPick | EndpointDatum | SharedPlaceDatum;

export interface MapLayersInput {
  arcs: DrawnArcs;
  endpoints: readonly EndpointDatum[];
  /** The selected collectivity's or place's arcs, drawn over the others, which then fade. */
  selectedArcs: CooperationArcs | null;
  selectedEndpoints: readonly EndpointDatum[] | null;
  /** Partner places shared by several French collectivities, when they are to be marked. */
  sharedPlaces?: readonly SharedPlaceDatum[];
  /** Names placed without overlap, drawn above everything. */
  labels?: readonly PlacedLabel[];
}

/**
 * Arcs are laid flat on the map (tilt 90°) so that their curve shows in the top view,
 * and shade from a pale start to a strong end to show the direction.
 */
const FLAT_ARCS = { pickable: true, getHeight: 0.12, getTilt: 90, widthUnits: 'pixels', widthMinPixels: 1 } as const;

function flowLayer(data: readonly ArcDatum[], opacity: number): ArcLayer<ArcDatum> {
  return new ArcLayer<ArcDatum>({
    ...FLAT_ARCS,
    id: 'flows',
    data,
    opacity,
    getSourcePosition: (d) => d.source,
    getTargetPosition: (d) => d.target,
    getSourceColor: (d) => [...d.sourceColor, d.alpha],
    getTargetColor: (d) => [...d.color, d.alpha],
    getWidth: (d) => d.width,
  });
}

/** Arcs read from binary attributes, whose picks give the cooperation behind the arc. */
class CooperationArcLayer extends ArcLayer<Cooperation, DataFilterExtensionProps> {
  static layerName = 'CooperationArcLayer';

  getPickingInfo(params: GetPickingInfoParams): PickingInfo {
    const info = super.getPickingInfo(params);
    if (info.index >= 0) info.object = pickAt(this.props.data as CooperationArcs, info.index);
    return info;
  }
}

const GPU_FILTER = [new DataFilterExtension({ filterSize: 1 })];

/** One arc per cooperation; those the filter attribute hides are dropped on the GPU. */
function cooperationLayer(id: string, arcs: CooperationArcs, opacity: number, width: number): CooperationArcLayer {
  return new CooperationArcLayer({ ...FLAT_ARCS, id, data: arcs, opacity, getWidth: width, extensions: GPU_FILTER, filterRange: [KEPT, KEPT] });
}

type Disc = { position: [number, number]; count: number };
type DiscStyle<D> = Pick<ScatterplotLayerProps<D>, 'getRadius' | 'getFillColor' | 'getLineColor' | 'lineWidthMinPixels'>;

/** Pickable discs at points, sized in pixels. */
function discLayer<D extends Disc>(id: string, data: readonly D[], opacity: number, style: DiscStyle<D>): ScatterplotLayer<D> {
  return new ScatterplotLayer<D>({
    id,
    data,
    opacity,
    pickable: true,
    stroked: true,
    radiusUnits: 'pixels',
    getPosition: (d) => d.position,
    ...style,
  });
}

/**
 * Partner ends grow with the square root of their share of the busiest one, up to 9 pixels;
 * French ends of flows (régions) likewise up to 7 pixels, so that they can be clicked; collectivities are dots.
 */
function endpointLayer(id: string, data: readonly EndpointDatum[], opacity: number, outline: Rgba): ScatterplotLayer<EndpointDatum> {
  const busiest = { france: 1, partner: 1 };
  for (const d of data) busiest[d.side] = Math.max(busiest[d.side], d.count);
  return discLayer(id, data, opacity, {
    getRadius: (d) => {
      const share = Math.sqrt(d.count / busiest[d.side]);
      if (d.side === 'partner') return 2 + 7 * share;
      return d.target.kind === 'origin' ? 3 + 4 * share : 2.5;
    },
    getFillColor: (d) => (d.side === 'france' ? FRANCE_POINT : PARTNER_POINT),
    getLineColor: outline,
    lineWidthMinPixels: 1,
  });
}

/** Shared places: an orange disc that grows with the number of French collectivities there, up to 16 pixels. */
function sharedPlaceLayer(data: readonly SharedPlaceDatum[], opacity: number): ScatterplotLayer<SharedPlaceDatum> {
  const most = data.reduce((max, d) => Math.max(max, d.count), 1);
  return discLayer('shared-places', data, opacity, {
    getRadius: (d) => 4 + 12 * Math.sqrt(d.count / most),
    getFillColor: SHARED_FILL,
    getLineColor: SHARED_OUTLINE,
    lineWidthMinPixels: 1.5,
  });
}

export function mapLayers({ arcs, endpoints, selectedArcs, selectedEndpoints, sharedPlaces = [], labels = [] }: MapLayersInput): Layer[] {
  const faded = selectedArcs !== null;
  const layers: Layer[] = [
    arcs.kind === 'flows' ? flowLayer(arcs.flows, faded ? 0.07 : 1) : cooperationLayer('cooperation-arcs', arcs.arcs, faded ? 0.07 : 1, arcs.width ?? 1.5),
    // A selection shows its own ends; shared places would only crowd them.
    sharedPlaceLayer(faded ? [] : sharedPlaces, 1),
    endpointLayer('endpoints', endpoints, faded ? 0.25 : 1, OUTLINE),
  ];
  if (selectedArcs && selectedEndpoints) {
    layers.push(cooperationLayer('selected-arcs', selectedArcs, 1, 2.5), endpointLayer('selected-endpoints', selectedEndpoints, 1, SELECTED_OUTLINE));
  }
  layers.push(labelLayer(labels));
  return layers;
}
