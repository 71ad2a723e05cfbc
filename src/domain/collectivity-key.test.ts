import { describe, expect, it } from 'vitest';
import { collectivityKey } from './collectivity-key';

describe('collectivityKey', () => {
  it('tells a région from the département of the same code', () => {
    expect(collectivityKey({ ctKind: 'region', ctCode: '93' })).toBe('region-93');
    expect(collectivityKey({ ctKind: 'departement', ctCode: '93' })).toBe('93');
    expect(collectivityKey({ ctKind: 'commune', ctCode: '35238' })).toBe('35238');
  });
});
