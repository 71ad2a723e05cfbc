import { describe, expect, it } from 'vitest';
import { buildIndex, filterIndex, type Filters } from './cooperation-index';
import { aggregateFlows, regionCentres } from './flows';
import { makeCooperation } from '../../tests/support/make-cooperation';

const cooperations = [
  makeCooperation({ id: 'a', themes: ['eau-assainissement', 'sante'], typology: 'climapart', partnerCountry: 'SN' }),
  makeCooperation({ id: 'b', themes: ['culture-patrimoine'], typology: 'humanis', partnerCountry: 'MA' }),
  makeCooperation({
    id: 'c',
    ctCode: '69123',
    ctName: 'Lyon',
    ctRegion: '84',
    ctLon: 4.83,
    ctLat: 45.76,
    themes: ['eau-assainissement'],
    typology: 'astre',
    partnerCountry: 'SN',
  }),
  makeCooperation({ id: 'd', ctCode: '69123', ctRegion: '84', ctLon: 4.83, ctLat: 45.76, partnerCountry: 'DE' }),
];
const none: Filters = { themes: [], regions: [], typologies: [], countries: [], ct: null };
const kept = (filters: Partial<Filters>) => {
  const index = buildIndex(cooperations);
  const { mask, count } = filterIndex(index, { ...none, ...filters });
  return { ids: cooperations.filter((_, i) => mask[i]).map((c) => c.id), count };
};

describe('filterIndex', () => {
  it('keeps everything with no filter', () => {
    expect(kept({})).toEqual({ ids: ['a', 'b', 'c', 'd'], count: 4 });
  });
  it('combines values of one facet with OR and facets with AND', () => {
    expect(kept({ themes: ['eau-assainissement', 'culture-patrimoine'] }).ids).toEqual(['a', 'b', 'c']);
    expect(kept({ themes: ['eau-assainissement'], regions: ['84'] }).ids).toEqual(['c']);
    expect(kept({ countries: ['SN', 'DE'], typologies: ['astre', 'humanis'] }).ids).toEqual(['c']);
  });
  it('leaves out cooperations with no typology when filtering by typology', () => {
    expect(kept({ typologies: ['climapart', 'humanis', 'astre'] }).ids).toEqual(['a', 'b', 'c']);
  });
  it('restricts to one collectivity, and to nothing for a value absent from the data', () => {
    expect(kept({ ct: '69123' }).ids).toEqual(['c', 'd']);
    expect(kept({ countries: ['VN'] }).count).toBe(0);
    expect(kept({ ct: '00000' }).count).toBe(0);
  });
});

describe('aggregateFlows', () => {
  it('groups by région and country, from the mean point of the région’s collectivities', () => {
    const index = buildIndex(cooperations);
    const { mask } = filterIndex(index, none);
    const points: Record<string, [number, number]> = { SN: [-17.4, 14.7], MA: [-6.8, 34], DE: [13.4, 52.5] };
    const flows = aggregateFlows(index, mask, regionCentres(index), (iso2) => points[iso2], (i) => cooperations[i].typology);
    expect(flows.map((f) => [f.region, f.country, f.count, f.category])).toEqual([
      ['53', 'MA', 1, 'humanis'],
      ['53', 'SN', 1, 'climapart'],
      ['84', 'DE', 1, null],
      ['84', 'SN', 1, 'astre'],
    ]);
    expect(flows[0].source).toEqual([-1.68, 48.11]);
    expect(flows[0].target).toEqual([-6.8, 34]);
  });
});
