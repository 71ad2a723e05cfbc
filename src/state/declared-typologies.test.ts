import { beforeEach, describe, expect, it } from 'vitest';
import { declareTypology, readDeclaredTypologies } from './declared-typologies';

const memory = new Map<string, string>();
beforeEach(() => {
  memory.clear();
  globalThis.localStorage = {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
  } as Storage;
});

describe('models chosen in the app', () => {
  it('are kept per dataset', () => {
    expect(declareTypology('demo', {}, '35238', 'climapart')).toEqual({ '35238': 'climapart' });
    expect(readDeclaredTypologies('demo')).toEqual({ '35238': 'climapart' });
    expect(readDeclaredTypologies('import-1')).toEqual({});
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
