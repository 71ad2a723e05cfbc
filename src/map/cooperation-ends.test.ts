import { describe, expect, it } from 'vitest';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { cooperationEndpoints, indexEnds } from './cooperation-ends';

const lyon = { ctCode: '69123', ctName: 'Lyon', ctLon: 4.83, ctLat: 45.76 };
const fes = { partnerName: 'Fès', partnerCountry: 'MA', partnerLon: -5, partnerLat: 34.03 };
const cooperations = [
  makeCooperation({ id: 'a' }),
  makeCooperation({ id: 'b', ...lyon, ...fes }),
  makeCooperation({ id: 'c', ...lyon }),
  // Rennes Métropole shares Rennes's point: one disc, named after the first.
  makeCooperation({ id: 'd', ctCode: '243500139', ctName: 'Rennes Métropole', ctKind: 'epci', ...fes }),
];
const names = { origin: (code: string) => code, country: (iso2: string) => ({ SN: 'Sénégal', MA: 'Maroc' })[iso2] ?? iso2 };
const ends = indexEnds(cooperations);
const summary = (mask: number[]) => cooperationEndpoints(ends, Uint8Array.from(mask), names).map((end) => `${end.label}:${end.count}`);

describe('cooperationEndpoints', () => {
  it('counts the kept cooperations at each end, French ends first, the busiest first', () => {
    expect(summary([1, 1, 1, 1])).toEqual(['Rennes:2', 'Lyon:2', 'Saint-Louis (Sénégal):2', 'Fès (Maroc):2']);
    expect(summary([1, 1, 1, 0])).toEqual(['Lyon:2', 'Rennes:1', 'Saint-Louis (Sénégal):2', 'Fès (Maroc):1']);
    expect(summary([0, 0, 0, 1])).toEqual(['Rennes:1', 'Fès (Maroc):1']);
    expect(summary([0, 0, 0, 0])).toEqual([]);
  });

  it('gives each end what labels and clicks need, in the interface’s language', () => {
    const [france, partner] = cooperationEndpoints(ends, Uint8Array.from([0, 1, 0, 0]), { ...names, country: () => 'Morocco' });
    expect(france).toEqual({ position: [4.83, 45.76], side: 'france', name: 'Lyon', label: 'Lyon', count: 1, target: { kind: 'collectivity', code: expect.stringContaining('69123') } });
    expect(partner).toEqual({ position: [-5, 34.03], side: 'partner', name: 'Fès', label: 'Fès (Morocco)', count: 1, target: { kind: 'place', key: 'MA/fes' } });
  });
});
