import { describe, expect, it } from 'vitest';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { CATEGORY_FACET_IDS, COLOR_ATTRIBUTES, facet, facetValue, isMultiValued } from './facets';

describe('the facet registry', () => {
  it('lists each facet’s values once, colours among them, bits enough for the multi-valued ones', () => {
    for (const id of CATEGORY_FACET_IDS) {
      const { values, colours } = facet(id);
      if (values !== null) expect(new Set(values).size, id).toBe(values.length);
      for (const colour of colours ?? []) expect(values, id).toContain(colour);
      if (isMultiValued(facet(id))) expect(values!.length, id).toBeLessThanOrEqual(32);
    }
    expect([...COLOR_ATTRIBUTES].sort()).toEqual(['continent', 'nature', 'theme', 'typology']);
  });

  it('gives a cooperation’s value for each facet, the main theme for the themes', () => {
    const cooperation = makeCooperation({ id: 'a', themes: ['sante', 'ecsi'], endYear: 2010, partnerCountry: 'SN', ctPopulation: 225_081 });
    const context = { continentOf: (iso2: string) => (iso2 === 'SN' ? ('afrique' as const) : undefined), currentYear: 2026 };
    expect(Object.fromEntries(CATEGORY_FACET_IDS.map((id) => [id, facetValue(id, cooperation, context)]))).toMatchObject({
      theme: 'sante',
      region: '53',
      country: 'SN',
      continent: 'afrique',
      kind: 'commune',
      population: '100k-500k',
      status: 'ended',
    });
  });
});
