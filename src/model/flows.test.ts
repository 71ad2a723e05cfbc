import { describe, expect, it } from 'vitest';
import { buildIndex } from './cooperation-index';
import { NO_SELECTION, runFilters } from './crossfilter';
import { aggregateFlows, METROPOLE, originCentres, type FlowLevel } from './flows';
import { makeCooperation } from '../../tests/support/make-cooperation';

const lyon = { ctCode: '69123', ctName: 'Lyon', ctRegion: '84', ctDepartement: '69', ctLon: 4.83, ctLat: 45.76 };
const cooperations = [
  makeCooperation({ id: 'a', typology: 'climapart', partnerCountry: 'SN' }),
  makeCooperation({ id: 'b', typology: 'humanis', partnerCountry: 'MA' }),
  makeCooperation({ id: 'c', ...lyon, typology: 'astre', partnerCountry: 'SN' }),
  makeCooperation({ id: 'd', ...lyon, partnerCountry: 'DE' }),
  makeCooperation({ id: 'e', ctCode: '97411', ctName: 'Saint-Denis', ctRegion: '04', ctDepartement: '974', ctLon: 55.45, ctLat: -20.88, partnerCountry: 'MG' }),
];
const points: Record<string, [number, number]> = { SN: [-17.4, 14.7], MA: [-6.8, 34], DE: [13.4, 52.5], MG: [47.5, -18.9] };

function flowsAt(level: FlowLevel) {
  const index = buildIndex(cooperations, () => 'afrique');
  const { mask } = runFilters(index, NO_SELECTION);
  return aggregateFlows({
    index,
    mask,
    level,
    centres: originCentres(index, level),
    partnerPoint: (iso2) => points[iso2],
    category: (i) => cooperations[i].typology,
  });
}

describe('aggregateFlows', () => {
  it('groups by région and country, from the mean point of the région’s collectivities', () => {
    const flows = flowsAt('regional');
    expect(flows.map((f) => [f.origin, f.country, f.count, f.category])).toEqual([
      ['04', 'MG', 1, null],
      ['53', 'MA', 1, 'humanis'],
      ['53', 'SN', 1, 'climapart'],
      ['84', 'DE', 1, null],
      ['84', 'SN', 1, 'astre'],
    ]);
    expect(flows[1].source).toEqual([-1.68, 48.11]);
    expect(flows[1].target).toEqual([-6.8, 34]);
  });

  it('merges metropolitan régions at the national level, and keeps overseas régions apart', () => {
    const flows = flowsAt('national');
    expect(flows.map((f) => [f.origin, f.country, f.count, f.category])).toEqual([
      [METROPOLE, 'SN', 2, 'astre'],
      ['04', 'MG', 1, null],
      [METROPOLE, 'DE', 1, null],
      [METROPOLE, 'MA', 1, 'humanis'],
    ]);
    expect(flows[0].source[0]).toBeCloseTo((-1.68 + 4.83) / 2);
  });

  it('leaves from each département, or each collectivity, under keys apart from the régions’', () => {
    expect(flowsAt('departemental').map((f) => f.origin)).toEqual(['departement-35', 'departement-35', 'departement-69', 'departement-69', 'departement-974']);
    expect(new Set(flowsAt('collectivity').map((f) => f.origin))).toEqual(new Set(['ct-35238', 'ct-69123', 'ct-97411']));
  });
});
