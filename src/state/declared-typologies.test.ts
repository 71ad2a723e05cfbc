import { beforeEach, describe, expect, it } from 'vitest';
import { declareTypology, readDeclaredTypologies } from './declared-typologies';
import { withDeclaredTypology } from '../model/typology';
import { makeCooperation } from '../../tests/support/make-cooperation';

const memory = new Map<string, string>();
beforeEach(() => {
  memory.clear();
  globalThis.localStorage = {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
  } as Storage;
});

describe('models chosen in the app', () => {
  it('are kept per dataset, and win over the file and the classifier', () => {
    const chosen = declareTypology('demo', {}, '35238', 'climapart');
    expect(readDeclaredTypologies('demo')).toEqual({ '35238': 'climapart' });
    expect(readDeclaredTypologies('import-1')).toEqual({});
    const rows = withDeclaredTypology(
      [makeCooperation({ id: 'a', typology: 'humanis', typologySource: 'computed' }), makeCooperation({ id: 'b', ctCode: '69123' })],
      chosen,
    );
    expect(rows.map((c) => [c.typology, c.typologySource])).toEqual([
      ['climapart', 'manual'],
      [null, null],
    ]);
  });

  it('are given back with null, and an unreadable record counts as none', () => {
    const chosen = declareTypology('demo', { '35238': 'astre', '69123': 'cosmin' }, '35238', null);
    expect(chosen).toEqual({ '69123': 'cosmin' });
    memory.set('coopatlas.typologies.demo', '{"35238":"astrologie","x":3}');
    expect(readDeclaredTypologies('demo')).toEqual({});
    memory.set('coopatlas.typologies.demo', 'pas du JSON');
    expect(readDeclaredTypologies('demo')).toEqual({});
  });
});
