import { describe, expect, it } from 'vitest';
import { LANGUAGE_IDS } from '../domain/languages';
import { THEME_NAMES } from '../domain/themes';
import { DEFAULT_LANGUAGE, language, locale, nextLanguage, t } from './index';
import { themeLabel } from './labels';

describe('the interface languages', () => {
  it('are offered in turn by the switch, French first', () => {
    expect(DEFAULT_LANGUAGE).toBe('fr');
    const visited = LANGUAGE_IDS.map((_, i) => LANGUAGE_IDS.slice(0, i).reduce((current) => nextLanguage(current), DEFAULT_LANGUAGE));
    expect(visited).toEqual(LANGUAGE_IDS);
    expect(nextLanguage(LANGUAGE_IDS[LANGUAGE_IDS.length - 1])).toBe(DEFAULT_LANGUAGE);
  });

  it('choose the messages, the translated names and the locale together', () => {
    for (const id of LANGUAGE_IDS) {
      language.value = id;
      expect(themeLabel('sante')).toBe(THEME_NAMES.sante[id]);
      expect(locale().startsWith(id)).toBe(true);
    }
    language.value = 'en';
    expect(t('filters.theme')).toBe('Theme');
    language.value = 'fr';
    expect(t('filters.theme')).toBe('Thématique');
  });
});
