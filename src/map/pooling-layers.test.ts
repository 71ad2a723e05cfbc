import { describe, expect, it } from 'vitest';
import type { AnchoredOverlap, NearbyMember } from '../model/overlaps-anchored';
import { poolingLayers, poolingMapData } from './pooling-layers';

const other = (code: string, placeKey: string, position: [number, number], distanceKm: number) =>
  ({ code, placeKey, position, distanceKm }) as NearbyMember;
const dakar = {
  key: 'SN/dakar',
  position: [-17.44, 14.69],
  others: [other('a', 'SN/dakar', [-17.44, 14.69], 0), other('b', 'SN/rufisque', [-17.27, 14.72], 18.6), other('c', 'SN/rufisque', [-17.27, 14.72], 18.6)],
} as AnchoredOverlap;

describe('poolingMapData', () => {
  it('links each anchor place once to each other place at a distance, and marks the places on site as the anchor’s', () => {
    const data = poolingMapData([dakar]);
    expect(data.anchorPlaces).toEqual([[-17.44, 14.69]]);
    expect(data.otherPlaces).toEqual([[-17.27, 14.72]]);
    expect(data.links).toEqual([{ source: [-17.44, 14.69], target: [-17.27, 14.72], km: 18.6, midpoint: [-17.355, 14.705] }]);
    expect(poolingLayers(data).map((layer) => layer.id)).toEqual(['pooling-links', 'pooling-others', 'pooling-anchor', 'pooling-distances']);
    expect(poolingLayers(poolingMapData([]))).toEqual([]);
  });
});
