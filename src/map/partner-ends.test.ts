import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/cooperation-index';
import { NO_SELECTION, runFilters } from '../model/crossfilter';
import { aggregateFlows, originCentres, type FlowLevel, type LonLat } from '../model/flows';
import { indexOverlaps } from '../model/overlaps';
import { clusterPlaces, type Admin1Unit } from '../model/partner-clusters';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { flowGrain, type PartnerGrain } from './flow-grain';
import { partnerEnds, partnerPlaces } from './partner-ends';

const partner = (name: string, partnerLon: number, partnerLat: number) => ({ partnerName: name, partnerLon, partnerLat });
const lyon = { ctCode: '69123', ctName: 'Lyon', ctRegion: '84', ctDepartement: '69', ctLon: 4.83, ctLat: 45.76 };
const cooperations = [
  makeCooperation({ id: 'a', ...partner('Dakar', -17.44, 14.69) }),
  makeCooperation({ id: 'b', ...partner('Pikine', -17.39, 14.76) }),
  makeCooperation({ id: 'c', ...partner('Thiès', -16.93, 14.79) }),
  makeCooperation({ id: 'd', ...partner('Tivaouane', -16.83, 15.08) }),
  makeCooperation({ id: 'e', ...lyon, ...partner('Dakar', -17.44, 14.69) }),
  makeCooperation({ id: 'f', partnerName: 'Sénégal', partnerPrecision: 'pays', partnerLon: -17.4, partnerLat: 14.7 }),
];
const dakarRegion: Admin1Unit = { code: 'SN.01', name: 'Dakar', position: [-17.44, 14.69] };
const country: LonLat = [-14.5, 14.5];

function flowsAt(grain: PartnerGrain, level: FlowLevel, inView: (position: LonLat) => boolean) {
  const index = buildIndex(cooperations, () => 'afrique');
  const overlaps = indexOverlaps(index);
  const places = partnerPlaces(overlaps);
  const unitOf = (place: number) => (['SN/dakar', 'SN/pikine'].includes(places.places[place].key) ? dakarRegion : null);
  const clustering = grain.kind === 'clusters' ? clusterPlaces(places.places, grain.zoom, unitOf) : null;
  const { partnerOf, ends } = partnerEnds({
    places,
    grain,
    clustering,
    inView,
    countryOf: (i) => cooperations[i].partnerCountry,
    countryPoint: (iso2) => (iso2 === 'SN' ? country : undefined),
    continentOf: () => 'afrique',
    continentName: () => 'Afrique',
    nearbyName: (name) => `${name} et alentours`,
  });
  const flows = aggregateFlows({
    index,
    mask: runFilters(index, NO_SELECTION).mask,
    level,
    centres: originCentres(index, level),
    partnerPoint: (key) => ends.get(key)?.position ?? (key === 'SN' ? country : undefined),
    partnerOf,
    category: () => null,
  });
  return { flows: flows.map((f) => [f.origin, f.partner, f.count]), ends };
}

describe('flows between clusters at a zoom band', () => {
  it('join each région to partner admin-1 units and groups of nearby places at a middle zoom, and to the country for places without one', () => {
    const { flows, ends } = flowsAt({ kind: 'clusters', zoom: 5 }, 'regional', () => true);
    expect(flows).toEqual([
      ['53', 'admin1:SN.01', 2],
      ['53', 'near:SN/thies', 2],
      ['53', 'SN', 1],
      ['84', 'admin1:SN.01', 1],
    ]);
    expect(ends.get('admin1:SN.01')).toMatchObject({ name: 'Dakar', target: { kind: 'cluster', key: 'admin1:SN.01' } });
    expect(ends.get('near:SN/thies')).toMatchObject({ name: 'Thiès et alentours', bounds: [[-16.93, 14.79], [-16.83, 15.08]] });
  });

  it('end at the country where the cluster is out of view and the country in view', () => {
    // Senegal's point (-14.5) is in view, Thiès's cluster (-16.9) is not.
    const { flows } = flowsAt({ kind: 'clusters', zoom: 5 }, 'regional', ([lon]) => lon < -17 || lon > -15);
    expect(flows).toEqual([
      ['53', 'SN', 3],
      ['53', 'admin1:SN.01', 2],
      ['84', 'admin1:SN.01', 1],
    ]);
  });

  it('end at the continent’s group where both the cluster and its country are out of view, so that flows leaving the screen stay few', () => {
    const { flows, ends } = flowsAt({ kind: 'clusters', zoom: 5 }, 'regional', ([lon]) => lon < -17);
    expect(flows).toEqual([
      ['53', 'offscreen:afrique', 3],
      ['53', 'admin1:SN.01', 2],
      ['84', 'admin1:SN.01', 1],
    ]);
    const group = ends.get('offscreen:afrique')!;
    expect(group).toMatchObject({ name: 'Afrique', target: { kind: 'cluster', key: 'offscreen:afrique' } });
    // Around Thiès, Tivaouane and the country-level record, none in view.
    expect(group.bounds).toEqual([[-16.93, 14.5], [-14.5, 15.08]]);
    expect(group.position[0]).toBeGreaterThan(-17);
  });

  it('end at places in view zoomed in, and every other place at its continent’s group', () => {
    const { flows } = flowsAt({ kind: 'places' }, 'collectivity', ([lon]) => lon < -17.4);
    // Pikine, Thiès, Tivaouane and the country-level record.
    expect(flows).toEqual([
      ['ct-35238', 'offscreen:afrique', 4],
      ['ct-35238', 'SN/dakar', 1],
      ['ct-69123', 'SN/dakar', 1],
    ]);
  });

  it('join each collectivity to each place zoomed in, a place alone being its own end', () => {
    const { flows, ends } = flowsAt({ kind: 'places' }, 'collectivity', () => true);
    expect(flows.slice(0, 2)).toEqual([
      ['ct-35238', 'SN', 1],
      ['ct-35238', 'SN/dakar', 1],
    ]);
    expect(flows).toHaveLength(6);
    expect(ends.get('SN/thies')?.target).toEqual({ kind: 'place', key: 'SN/thies' });
  });
});

describe('flowGrain', () => {
  it('joins France, régions, départements and collectivities to countries, clusters and places as the zoom grows', () => {
    expect(flowGrain(2, true, false)).toEqual({ origin: 'national', partner: { kind: 'country' } });
    expect(flowGrain(2, true, true)).toEqual({ origin: 'regional', partner: { kind: 'country' } });
    expect(flowGrain(4, true, false)).toEqual({ origin: 'regional', partner: { kind: 'country' } });
    expect(flowGrain(5, true, false)).toEqual({ origin: 'regional', partner: { kind: 'clusters', zoom: 5 } });
    expect(flowGrain(6, true, false)).toEqual({ origin: 'departemental', partner: { kind: 'clusters', zoom: 6 } });
    expect(flowGrain(6, false, false)).toEqual({ origin: 'regional', partner: { kind: 'clusters', zoom: 6 } });
    expect(flowGrain(8, true, false)).toEqual({ origin: 'collectivity', partner: { kind: 'places' } });
    expect(flowGrain(8, false, false).origin).toBe('regional');
  });
});
