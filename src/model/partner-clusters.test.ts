import { describe, expect, it } from 'vitest';
import { CLUSTER_RADIUS_PX, clusterPlaces, worldPixel, type Admin1Unit, type ClusterPlace } from './partner-clusters';

const place = (key: string, position: [number, number], count = 1): ClusterPlace => ({ key, country: key.slice(0, 2), name: key.slice(3), position, count });

const dakarRegion: Admin1Unit = { code: 'SN.01', name: 'Dakar', position: [-17.44, 14.69] };
const places = [
  place('SN/dakar', [-17.44, 14.69], 5),
  place('SN/pikine', [-17.39, 14.76], 2),
  place('SN/thies', [-16.93, 14.79], 4),
  // 0.3° from Thiès: a few pixels at zoom 5, about 55 at zoom 8.
  place('SN/tivaouane', [-16.83, 15.08]),
  // In The Gambia, as near to Thiès as Tivaouane: another country, another cluster.
  place('GM/kerewan', [-16.9, 14.5]),
];
const units = (p: number) => (places[p].key === 'SN/dakar' || places[p].key === 'SN/pikine' ? dakarRegion : null);

describe('clusterPlaces', () => {
  it('puts the places of one admin-1 unit in one cluster, named and placed after the unit', () => {
    const { clusters, clusterOf } = clusterPlaces(places, 5, units);
    expect(clusterOf[0]).toBe(clusterOf[1]);
    expect(clusters[clusterOf[0]]).toMatchObject({ key: 'admin1:SN.01', kind: 'admin1', name: 'Dakar', country: 'SN', position: [-17.44, 14.69], places: [0, 1] });
  });

  it('groups places of unknown unit that are close on screen at the zoom, after the busiest of them, within one country', () => {
    const { clusters, clusterOf } = clusterPlaces(places, 5, units);
    const thies = clusters[clusterOf[2]];
    expect(clusterOf[3]).toBe(clusterOf[2]);
    expect(thies).toMatchObject({ key: 'near:SN/thies', kind: 'nearby', name: 'thies', position: [-16.93, 14.79] });
    expect(clusters[clusterOf[4]].key).toBe('near:GM/kerewan');
  });

  it('parts the same places zoomed in, once they are further apart on screen than the radius', () => {
    const [x1, y1] = worldPixel(places[2].position, 8);
    const [x2, y2] = worldPixel(places[3].position, 8);
    expect(Math.hypot(x1 - x2, y1 - y2)).toBeGreaterThan(CLUSTER_RADIUS_PX);
    const { clusterOf } = clusterPlaces(places, 8, units);
    expect(clusterOf[3]).not.toBe(clusterOf[2]);
  });

  it('measures distances as MapLibre draws them: 512 pixels around the world at zoom 0', () => {
    expect(worldPixel([180, 0], 0)[0] - worldPixel([-180, 0], 0)[0]).toBeCloseTo(512);
    expect(worldPixel([0, 0], 3)[1]).toBeCloseTo(0);
    expect(worldPixel([0, 60], 0)[1]).toBeLessThan(0);
  });
});
