import { describe, expect, it } from 'vitest';
import { SDG_NAMES, SDG_NUMBERS, sdgsOfThemes, THEME_SDGS } from './sdg';
import { THEME_IDS } from './themes';

describe('sustainable development goals', () => {
  it('names the 17 goals in French and English, each name once', () => {
    expect(SDG_NUMBERS).toHaveLength(17);
    for (const language of ['fr', 'en'] as const) {
      const names = SDG_NUMBERS.map((goal) => SDG_NAMES[goal][language]);
      expect(names.every((name) => name.trim().length > 0)).toBe(true);
      expect(new Set(names).size).toBe(17);
    }
  });

  it('links every theme to at least one goal', () => {
    for (const theme of THEME_IDS) expect(THEME_SDGS[theme].length).toBeGreaterThan(0);
  });

  it('gives the goals of several themes once each, in the UN order', () => {
    expect(sdgsOfThemes(['sante', 'eau-assainissement', 'urgence-humanitaire', 'developpement-urbain'])).toEqual([1, 3, 6, 11]);
    expect(sdgsOfThemes([])).toEqual([]);
  });
});
