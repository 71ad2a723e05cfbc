import { describe, expect, it } from 'vitest';
import { buildIndex } from './cooperation-index';
import { NO_SELECTION, runFilters, type Selection } from './crossfilter';
import { makeCooperation } from '../../tests/support/make-cooperation';

const continents: Record<string, 'afrique' | 'europe'> = { SN: 'afrique', MA: 'afrique', DE: 'europe' };
const lyon = { ctCode: '69123', ctName: 'Lyon', ctRegion: '84', ctDepartement: '69', ctLon: 4.83, ctLat: 45.76, ctPopulation: 520774 };
const cooperations = [
  makeCooperation({ id: 'a', themes: ['eau-assainissement', 'sante'], typology: 'climapart', partnerCountry: 'SN', startYear: 1995 }),
  makeCooperation({ id: 'b', themes: ['culture-patrimoine'], typology: 'humanis', partnerCountry: 'MA', startYear: 2010, endYear: 2015 }),
  makeCooperation({ id: 'c', ...lyon, themes: ['eau-assainissement'], typology: 'astre', partnerCountry: 'SN', startYear: 2005 }),
  makeCooperation({ id: 'd', ...lyon, partnerCountry: 'DE', nature: 'jumelage' }),
];
const index = buildIndex(cooperations, (iso2) => continents[iso2], 2026);
const run = (selection: Partial<Selection>) => runFilters(index, { ...NO_SELECTION, ...selection });
const kept = (selection: Partial<Selection>) => cooperations.filter((_, i) => run(selection).mask[i]).map((c) => c.id);
const countsOf = (facet: keyof typeof index.columns, selection: Partial<Selection>) => {
  const counts = run(selection).facets[facet];
  const codes = index.columns[facet].codes;
  return Object.fromEntries([...codes, '(aucun)'].map((code, i) => [code, counts[i]]).filter(([, n]) => n !== 0));
};

describe('runFilters', () => {
  it('keeps everything with no filter, and counts every facet', () => {
    expect(run({}).count).toBe(4);
    expect(countsOf('country', {})).toEqual({ DE: 1, MA: 1, SN: 2 });
    expect(countsOf('theme', {})).toEqual({ 'eau-assainissement': 2, sante: 1, 'culture-patrimoine': 1, '(aucun)': 1 });
    expect(countsOf('region', {})).toEqual({ '53': 2, '84': 2 });
    expect(countsOf('network', {})).toEqual({ resacoop: 2, 'reseau-bretagne-solidaire': 2 });
    expect(countsOf('status', {})).toEqual({ active: 3, ended: 1 });
    expect(countsOf('population', {})).toEqual({ '100k-500k': 2, 'plus-500k': 2 });
  });

  it('combines values of one facet with OR and facets with AND', () => {
    expect(kept({ values: { theme: ['eau-assainissement', 'culture-patrimoine'] } })).toEqual(['a', 'b', 'c']);
    expect(kept({ values: { theme: ['eau-assainissement'], region: ['84'] } })).toEqual(['c']);
    expect(kept({ values: { country: ['SN', 'DE'], typology: ['astre', 'humanis'] } })).toEqual(['c']);
    expect(kept({ values: { continent: ['europe'] } })).toEqual(['d']);
  });

  it('counts a facet as if its own filter were off (crossfilter semantics)', () => {
    const selection = { values: { theme: ['eau-assainissement'], region: ['53'] } };
    expect(run(selection).count).toBe(1);
    expect(countsOf('region', selection)).toEqual({ '53': 1, '84': 1 });
    expect(countsOf('theme', selection)).toEqual({ 'eau-assainissement': 1, sante: 1, 'culture-patrimoine': 1 });
    expect(countsOf('country', selection)).toEqual({ SN: 1 });
  });

  it('filters start years by range, leaving out unknown years', () => {
    expect(kept({ years: { from: 2000, to: null } })).toEqual(['b', 'c']);
    expect(kept({ years: { from: 1990, to: 2005 } })).toEqual(['a', 'c']);
    expect(countsOf('year', { years: { from: 2000, to: null } })).toEqual({ '1995': 1, '2005': 1, '2010': 1, '(aucun)': 1 });
  });

  it('keeps nothing for a value absent from the data', () => {
    expect(run({ values: { country: ['VN'] } }).count).toBe(0);
  });
});

describe('runFilters against the definition, on varied records and selections', () => {
  const themes = ['eau-assainissement', 'sante', 'culture-patrimoine', 'education-formation'] as const;
  const countries = ['SN', 'MA', 'DE'];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const some = <T>(values: readonly T[]) => values.filter(() => random() < 0.4);
  const records = Array.from({ length: 300 }, (_, i) =>
    makeCooperation({
      id: `r${i}`,
      ...(random() < 0.5 ? lyon : {}),
      themes: some(themes),
      partnerCountry: countries[i % 3],
      startYear: random() < 0.2 ? null : 1990 + Math.floor(random() * 30),
    }),
  );
  const big = buildIndex(records, (iso2) => continents[iso2], 2026);

  /** Whether record i passes each facet's filter, straight from the definition. */
  const passes = (selection: Selection, facet: keyof typeof big.columns, i: number) => {
    const { codes, values } = big.columns[facet];
    if (facet === 'year') {
      if (!selection.years) return true;
      const year = Number(codes[values[i]]);
      return values[i] < codes.length && year >= (selection.years.from ?? -Infinity) && year <= (selection.years.to ?? Infinity);
    }
    const wanted = selection.values[facet];
    if (!wanted?.length) return true;
    if (facet === 'theme') return wanted.some((theme) => values[i] & (1 << codes.indexOf(theme)));
    return wanted.includes(codes[values[i]]);
  };

  it('keeps and counts what the crossfilter definition says, for any selection', () => {
    for (let run = 0; run < 40; run++) {
      const selection: Selection = {
        values: { theme: some(themes), country: some(countries), region: some(['53', '84']) },
        years: random() < 0.5 ? null : { from: 1995 + Math.floor(random() * 10), to: random() < 0.5 ? null : 2010 },
      };
      const result = runFilters(big, selection);
      const facets = Object.keys(big.columns) as (keyof typeof big.columns)[];
      const keptByDefinition = records.map((_, i) => facets.every((facet) => passes(selection, facet, i)));
      expect([...result.mask]).toEqual(keptByDefinition.map(Number));
      for (const facet of facets) {
        const { codes, values } = big.columns[facet];
        const expected = new Uint32Array(codes.length + 1);
        records.forEach((_, i) => {
          if (!facets.every((other) => other === facet || passes(selection, other, i))) return;
          if (facet !== 'theme') expected[values[i]]++;
          else if (values[i] === 0) expected[codes.length]++;
          else codes.forEach((_, bit) => (expected[bit] += (values[i] >> bit) & 1));
        });
        expect(result.facets[facet]).toEqual(expected);
      }
    }
  });
});
