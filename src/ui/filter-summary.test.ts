import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '../domain/app-state';
import { NO_FILTERS } from '../domain/facets';
import { language } from '../i18n';
import { facetValueLabel } from './facet-labels';
import { filterSummary, type SummaryNames } from './filter-summary';

const names: SummaryNames = {
  facet: (facet, value) => facetValueLabel(facet, value, (iso2) => ({ SN: 'Sénégal', ML: 'Mali' })[iso2] ?? iso2),
  collectivity: (code) => `collectivity ${code}`,
  place: (key) => `place ${key}`,
};

describe('filter summary', () => {
  it('is empty when the address filters and selects nothing', () => {
    expect(filterSummary(EMPTY_STATE, names)).toEqual([]);
  });

  it('names each filtered facet in the registry order, its values together, then the years and the selection', () => {
    language.value = 'fr';
    const state = { ...EMPTY_STATE, filters: { ...NO_FILTERS, country: ['SN', 'ML'], theme: ['eau-assainissement'] }, years: { from: 2010, to: null }, ct: '35238' };
    expect(filterSummary(state, names)).toEqual(['Eau et assainissement', 'Sénégal, Mali', 'début en 2010 ou après', 'collectivity 35238']);
  });

  it('says a closed year range, and a place when no collectivity is selected, in English too', () => {
    language.value = 'en';
    const state = { ...EMPTY_STATE, years: { from: 2000, to: 2010 }, place: 'SN/saint-louis' };
    expect(filterSummary(state, names)).toEqual(['started 2000–2010', 'place SN/saint-louis']);
    language.value = 'fr';
  });
});
