import { describe, expect, it } from 'vitest';
import { searchEntries, searchSuggestions } from './search';
import { makeCooperation } from '../../tests/support/make-cooperation';

const entries = searchEntries([
  makeCooperation({ id: '1', ctCode: '42218', ctName: 'Saint-Étienne', ctDepartement: '42', partnerName: 'Ségou', partnerCountry: 'ML' }),
  makeCooperation({ id: '2', ctCode: '42218', ctName: 'Saint-Étienne', ctDepartement: '42', partnerName: 'Kati', partnerCountry: 'ML' }),
  makeCooperation({ id: '3', ctCode: '35238', ctName: 'Rennes', partnerName: 'Saint-Louis', partnerCountry: 'SN' }),
  makeCooperation({ id: '4', ctCode: '13055', ctName: 'Marseille', ctDepartement: '13', partnerName: 'Abidjan', partnerCountry: 'CI' }),
]);

describe('search', () => {
  it('keeps one entry per collectivity and place, weighted by cooperations', () => {
    expect(entries.filter((e) => e.kind === 'collectivity').map((e) => [e.name, e.weight])).toEqual([
      ['Saint-Étienne', 2],
      ['Rennes', 1],
      ['Marseille', 1],
    ]);
  });
  it('matches without accents or case, best match and busiest first', () => {
    expect(searchSuggestions(entries, 'saint e').map((e) => e.name)).toEqual(['Saint-Étienne']);
    expect(searchSuggestions(entries, 'SAINT').map((e) => e.name)).toEqual(['Saint-Étienne', 'Saint-Louis']);
    expect(searchSuggestions(entries, 'segou').map((e) => [e.kind, e.key])).toEqual([['place', 'ML/segou']]);
    expect(searchSuggestions(entries, 'seille').map((e) => e.name)).toEqual(['Marseille']);
  });
  it('waits for two characters', () => {
    expect(searchSuggestions(entries, 'r')).toEqual([]);
  });
});
