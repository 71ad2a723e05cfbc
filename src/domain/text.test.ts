import { describe, expect, it } from 'vitest';
import { foldName } from './text';

describe('foldName', () => {
  it('drops accents, case and separators', () => {
    expect(foldName('Saint-Étienne')).toBe('saint etienne');
    expect(foldName("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(foldName('  Cœur  ')).toBe('coeur');
  });
});
