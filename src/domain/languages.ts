import type { CountryRecord } from './gazetteer';

/**
 * The interface's languages, French first. Adding one here makes the compiler ask for its
 * dictionary (src/i18n) and for its name in every `Translated` value.
 */
export const LANGUAGES = [
  { id: 'fr', locale: 'fr-FR', countryName: 'nameFr' },
  { id: 'en', locale: 'en-GB', countryName: 'nameEn' },
] as const satisfies readonly { id: string; locale: string; countryName: keyof CountryRecord }[];

export type Language = (typeof LANGUAGES)[number]['id'];

export const LANGUAGE_IDS: readonly Language[] = LANGUAGES.map((language) => language.id);

/** A name given in every interface language (a theme, a goal, a size band). */
export type Translated = Readonly<Record<Language, string>>;

export function isLanguage(value: string): value is Language {
  return (LANGUAGE_IDS as readonly string[]).includes(value);
}

/** A country's name in every interface language. */
export function countryNames(country: CountryRecord): Translated {
  return Object.fromEntries(LANGUAGES.map((language) => [language.id, country[language.countryName]])) as Record<Language, string>;
}
