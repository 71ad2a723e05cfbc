import { describe, expect, it } from 'vitest';
import { compactDataset, expandDataset } from './compact-dataset';
import { makeCooperation } from '../../tests/support/make-cooperation';

const cooperations = [
  makeCooperation({ id: 'a', themes: ['sante'], partnerName: 'Saint-Louis', annualBudgetEur: 1200 }),
  makeCooperation({ id: 'b', partnerCountry: 'MA', partnerName: 'Fès', partnerLon: -5, partnerLat: 34, localInterest: 'Des lycéens…' }),
  makeCooperation({ id: 'c', ctCode: '69123', ctName: 'Lyon', ctRegion: '84', actors: ['comité de jumelage'], partnerName: 'Saint-Louis' }),
];

describe('compact dataset', () => {
  it('gives back exactly the cooperations it was made from', () => {
    const compact = JSON.parse(JSON.stringify(compactDataset(cooperations, { fictitious: true })));
    expect(expandDataset(compact)).toEqual(cooperations);
    expect(compact.metadata).toEqual({ fictitious: true });
  });

  it('writes each collectivity and each place once', () => {
    const compact = compactDataset(cooperations);
    expect(compact.collectivities).toHaveLength(2);
    expect(compact.places).toHaveLength(2);
    expect(compact.collectivity).toEqual([0, 0, 1]);
    expect(compact.place).toEqual([0, 1, 0]);
  });

  it('keeps pass-through columns of imported files', () => {
    const withExtra = cooperations.map((c, i) => ({ ...c, referent: `agent ${i}` }));
    expect(expandDataset(compactDataset(withExtra))).toEqual(withExtra);
  });

  it('refuses another format', () => {
    expect(() => expandDataset({ format: 'autre' } as never)).toThrow(/format de données inconnu/);
  });
});
