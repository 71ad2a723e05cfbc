import { describe, expect, it } from 'vitest';
import { makeCooperation } from '../../tests/support/make-cooperation';
import type { ChosenTypologies } from '../model/typology';
import { changedTypologies } from './declared-typologies';
import { createStore } from './store';

const rows = [
  makeCooperation({ id: 'a', ctCode: '35238', typology: 'humanis', typologySource: 'manual', startYear: 2001 }),
  makeCooperation({ id: 'b', ctCode: '35238', typology: 'humanis', typologySource: 'manual', startYear: 2005 }),
  makeCooperation({ id: 'c', ctCode: '69123', ctName: 'Lyon', typology: 'cosmin', typologySource: 'manual' }),
];

describe('the store, when a model is chosen in a card', () => {
  it('changes that collectivity’s rows and the typology column only, and filters again', () => {
    const store = createStore(rows, []);
    store.update({ filters: { ...store.state.value.filters, typology: ['astre'] } });
    const before = store.index;
    const { state, byCollectivity } = store;
    expect(store.filtered.value.count).toBe(0);

    store.declareTypology('35238', 'astre');
    const after = store.index;
    expect(after.cooperations.map((c) => [c.id, c.typology, c.typologySource])).toEqual([
      ['a', 'astre', 'manual'],
      ['b', 'astre', 'manual'],
      ['c', 'cosmin', 'manual'],
    ]);
    expect(after.cooperations[2]).toBe(before.cooperations[2]);
    expect(after.columns.typology).not.toBe(before.columns.typology);
    for (const facet of ['theme', 'region', 'country', 'year'] as const) expect(after.columns[facet]).toBe(before.columns[facet]);
    expect(store.filtered.value.count).toBe(2);
    expect(store.typology('35238')).toMatchObject({ model: 'astre', source: 'manual', declared: 'astre' });
    expect([store.state, store.byCollectivity]).toEqual([state, byCollectivity]);
  });

  it('gives the model back to the file with null, and keeps each choice as told', () => {
    const kept: ChosenTypologies[] = [];
    const store = createStore(rows, [], {
      initial: { '69123': 'astre' },
      declare: (current, key, model) => {
        kept.push(changedTypologies(current, key, model));
        return kept[kept.length - 1];
      },
    });
    expect(store.index.cooperations[2].typology).toBe('astre');
    store.declareTypology('69123', null);
    expect(store.index.cooperations[2]).toBe(rows[2]);
    expect(store.typology('69123')).toMatchObject({ model: 'cosmin', declared: 'cosmin' });
    expect(kept).toEqual([{}]);
  });
});
