import { describe, expect, it } from 'vitest';
import { ARCHETYPES } from '../domain/classify-typology.fixtures';
import type { Cooperation } from '../domain/cooperation';
import type { TypologyId } from '../domain/typology';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { compareWithDeclared } from './typology-report';
import { typologyLookup, withTypologies } from './typology';

const CONTINENTS: Record<string, 'afrique' | 'europe' | 'asie'> = { BF: 'afrique', ML: 'afrique', SN: 'afrique', BJ: 'afrique', MA: 'afrique', DE: 'europe', PL: 'europe', CN: 'asie', AM: 'asie' };
const continentOf = (iso2: string) => CONTINENTS[iso2];

/** The rows of an archetype's collectivity, as a dataset holds them. */
function rowsOf(model: TypologyId, ctCode: string, declared: Partial<Cooperation> = {}): Cooperation[] {
  const { profile, cooperations } = ARCHETYPES[model];
  return cooperations.map((c, i) =>
    makeCooperation({
      id: `${ctCode}-${i}`,
      ctCode,
      ctKind: profile.kind ?? undefined,
      ctPopulation: profile.population,
      riService: profile.riService,
      europeService: profile.europeService,
      aectBudgetEur: profile.aectBudgetEur,
      motivation: profile.motivation,
      fundings: i === 0 ? [...(profile.fundings ?? [])] : [],
      themes: [...(c.themes ?? [])],
      nature: c.nature,
      partnerCountry: c.partnerCountry ?? undefined,
      actors: [...(c.actors ?? [])],
      ...declared,
    }),
  );
}

describe('typologyLookup', () => {
  it('computes the model of a collectivity from all its rows', () => {
    const typologyOf = typologyLookup([...rowsOf('humanis', 'H'), ...rowsOf('climapart', 'C')], continentOf);
    expect(typologyOf('H')).toBe(typologyOf('H'));
    expect(typologyOf('H')).toMatchObject({ model: 'humanis', source: 'computed', declared: null });
    expect(typologyOf('C')).toMatchObject({ model: 'climapart', source: 'computed', declared: null });
  });

  it('keeps a declared model over the computed one, and the classification beside it', () => {
    const typology = typologyLookup(rowsOf('humanis', 'H', { typology: 'astre', typologySource: 'manual' }), continentOf)('H');
    expect(typology).toMatchObject({ model: 'astre', source: 'manual', declared: 'astre' });
    expect(typology?.classification.model).toBe('humanis');
  });

  it('leaves a collectivity unclassified when too little is known', () => {
    const rows = [makeCooperation({ id: 'x', ctCode: 'X', ctPopulation: null, themes: [], nature: null, fundings: [], actors: [] })];
    expect(typologyLookup(rows, () => undefined)('X')).toMatchObject({ model: null, source: null });
  });
});

describe('withTypologies', () => {
  it('fills the rows without a declared model and copies only those', () => {
    const declared = rowsOf('humanis', 'H', { typology: 'cosmin', typologySource: 'manual' });
    const rows = [...declared, ...rowsOf('astre', 'A')];
    const filled = withTypologies(rows, typologyLookup(rows, continentOf));
    expect(filled.slice(0, declared.length)).toEqual(declared);
    expect(filled[0]).toBe(rows[0]);
    expect(filled.slice(declared.length).map((c) => [c.typology, c.typologySource])).toEqual(ARCHETYPES.astre.cooperations.map(() => ['astre', 'computed']));
  });

  it('lets a model chosen in the app win over the file and the classifier', () => {
    const rows = [makeCooperation({ id: 'a', ctCode: '35238', typology: 'humanis', typologySource: 'computed' }), makeCooperation({ id: 'b', ctCode: '69123' })];
    const typed = withTypologies(rows, () => undefined, { '35238': 'climapart' });
    expect(typed.map((c) => [c.typology, c.typologySource])).toEqual([
      ['climapart', 'manual'],
      [null, null],
    ]);
  });
});

describe('compareWithDeclared', () => {
  it('counts agreement and confusion between declared and computed models', () => {
    const rows = [...rowsOf('humanis', 'H', { typology: 'humanis', typologySource: 'manual' }), ...rowsOf('cimob', 'M', { typology: 'cosmin', typologySource: 'manual' })];
    const typologyOf = typologyLookup(rows, continentOf);
    const report = compareWithDeclared([typologyOf('H'), typologyOf('M')].flatMap((typology) => typology ?? []));
    expect(report).toMatchObject({ collectivities: 2, compared: 2, agreeing: 1 });
    expect(report.confusion.cosmin.cimob).toBe(1);
    expect(report.computed).toMatchObject({ humanis: 1, cimob: 1, none: 0 });
  });
});
