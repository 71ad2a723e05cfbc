import { describe, expect, it } from 'vitest';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { datasetGaps } from './dataset-gaps';

const bare = makeCooperation({
  id: 'a',
  themes: [],
  annualBudgetEur: null,
  aectBudgetEur: null,
  typology: null,
  typologySource: null,
  riService: null,
  europeService: null,
  motivation: null,
});

describe('datasetGaps', () => {
  it('names what no cooperation gives, as in the twinnings of Wikipedia', () => {
    expect([...datasetGaps([bare, { ...bare, id: 'b' }])]).toEqual(['themes', 'budgets', 'typology']);
  });

  it('names nothing that one cooperation gives', () => {
    expect([...datasetGaps([bare, { ...bare, id: 'b', themes: ['sante'] }])]).toEqual(['budgets']);
    expect([...datasetGaps([bare, { ...bare, id: 'b', annualBudgetEur: 1000 }])]).toEqual(['themes']);
    expect([...datasetGaps([bare, { ...bare, id: 'b', riService: true }])]).toEqual(['themes', 'budgets']);
  });
});
