import { LineLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { CollisionFilterExtension, type CollisionFilterExtensionProps } from '@deck.gl/extensions';
import type { AnchoredOverlap } from '../model/overlaps-anchored';

type Rgba = [number, number, number, number];
type LonLat = [number, number];
const ANCHOR_FILL: Rgba = [20, 80, 200, 200];
const OTHER_FILL: Rgba = [230, 120, 20, 200];
const OUTLINE: Rgba = [255, 255, 255, 255];
const LINK: Rgba = [90, 60, 20, 200];
const LABEL: Rgba = [60, 30, 0, 255];

export interface PoolingLink {
  source: LonLat;
  target: LonLat;
  km: number;
  midpoint: LonLat;
}

/** What the map draws for an anchor: its places, the others' places within reach, and one link per pair at a distance. */
export interface PoolingMapData {
  anchorPlaces: LonLat[];
  otherPlaces: LonLat[];
  links: PoolingLink[];
}

export const NO_POOLING: PoolingMapData = { anchorPlaces: [], otherPlaces: [], links: [] };

/** One link per anchor place and other place (not per collectivity); places on site are only marked. */
export function poolingMapData(overlaps: readonly AnchoredOverlap[]): PoolingMapData {
  const others = new Map<string, LonLat>();
  const links = new Map<string, PoolingLink>();
  for (const overlap of overlaps) {
    for (const member of overlap.others) {
      others.set(member.placeKey, member.position);
      if (member.placeKey === overlap.key) continue;
      const [a, b] = [overlap.position, member.position];
      links.set(`${overlap.key}|${member.placeKey}`, { source: a, target: b, km: member.distanceKm, midpoint: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] });
    }
  }
  const anchored = new Set(overlaps.map((overlap) => overlap.key));
  return {
    anchorPlaces: overlaps.map((overlap) => overlap.position),
    otherPlaces: [...others].filter(([key]) => !anchored.has(key)).map(([, position]) => position),
    links: [...links.values()],
  };
}

const places = (id: string, data: LonLat[], fill: Rgba, radius: number) =>
  new ScatterplotLayer<LonLat>({
    id,
    data,
    radiusUnits: 'pixels',
    getRadius: radius,
    getPosition: (d) => d,
    getFillColor: fill,
    getLineColor: OUTLINE,
    stroked: true,
    lineWidthMinPixels: 1,
  });

/** Drawn over the other layers: links first, then the places, then each link's distance in km. */
export function poolingLayers({ anchorPlaces, otherPlaces, links }: PoolingMapData): Layer[] {
  if (anchorPlaces.length === 0) return [];
  return [
    new LineLayer<PoolingLink>({ id: 'pooling-links', data: links, getSourcePosition: (d) => d.source, getTargetPosition: (d) => d.target, getColor: LINK, getWidth: 1.5, widthUnits: 'pixels' }),
    places('pooling-others', otherPlaces, OTHER_FILL, 4),
    places('pooling-anchor', anchorPlaces, ANCHOR_FILL, 5),
    new TextLayer<PoolingLink, CollisionFilterExtensionProps<PoolingLink>>({
      id: 'pooling-distances',
      data: links,
      getPosition: (d) => d.midpoint,
      getText: (d) => `${Math.round(d.km)} km`,
      getSize: 11,
      getColor: LABEL,
      background: true,
      getBackgroundColor: [255, 255, 255, 210],
      backgroundPadding: [2, 1],
      fontFamily: 'system-ui, sans-serif',
      characterSet: '0123456789 km',
      // Around a capital the links crowd: labels that would overlap give way, the shortest links' first kept.
      extensions: [new CollisionFilterExtension()],
      getCollisionPriority: (d) => -d.km,
    }),
  ];
}
