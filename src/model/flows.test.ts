import { describe, expect, it } from 'vitest';
import { buildIndex } from './cooperation-index';
import { NO_SELECTION, runFilters } from './crossfilter';
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
describe('aggregateFlows', () => {
  it('groups by région and country, from the mean point of the région’s collectivities', () => {
    const index = buildIndex(cooperations, () => 'afrique');
    const { mask } = runFilters(index, NO_SELECTION);
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
