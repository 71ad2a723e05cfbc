import { describe, expect, it } from 'vitest';
import type { EndpointDatum } from './arc-data';
import { labelCandidates, type CountryLabelInput } from './map-labels';

const senegal: CountryLabelInput = { iso2: 'SN', name: 'Sénégal', position: [-17.4, 14.7], count: 3 };
const gambia: CountryLabelInput = { iso2: 'GM', name: 'Gambie', position: [-16.6, 13.5], count: 0 };
const end = (side: EndpointDatum['side'], name: string, count: number, target: EndpointDatum['target']): EndpointDatum => ({
  position: [count, count],
  side,
  count,
  label: name,
  name,
  target,
});
const rennes = end('france', 'Rennes', 2, { kind: 'collectivity', code: '35238' });
const thies = end('partner', 'Thiès', 5, { kind: 'place', key: 'SN|Thiès' });
const countryEnd = end('partner', 'Sénégal', 3, { kind: 'country', iso2: 'SN' });

const ranked = (input: Parameters<typeof labelCandidates>[0]) =>
  labelCandidates(input)
    .sort((a, b) => b.priority - a.priority)
    .map((label) => label.text);

describe('labelCandidates', () => {
  it('names French ends first, then countries with cooperations before places at world scale, then the others', () => {
    expect(ranked({ zoom: 2, countries: [gambia, senegal], endpoints: [rennes, thies], selectedEndpoints: null })).toEqual(['Rennes', 'Sénégal', 'Thiès', 'Gambie']);
  });

  it('puts places before countries when zoomed in', () => {
    expect(ranked({ zoom: 6, countries: [senegal], endpoints: [thies], selectedEndpoints: null })).toEqual(['Thiès', 'Sénégal']);
  });

  it('lets the country name an end at its point', () => {
    expect(labelCandidates({ zoom: 2, countries: [senegal], endpoints: [countryEnd], selectedEndpoints: null }).map((l) => l.text)).toEqual(['Sénégal']);
  });

  it('pins the selection’s ends and leaves the others unnamed', () => {
    const labels = labelCandidates({ zoom: 6, countries: [], endpoints: [rennes, thies], selectedEndpoints: [thies] });
    expect(labels.map((l) => [l.text, l.pinned])).toEqual([['Thiès', true]]);
  });
});
