import type { CountryRecord } from '../domain/gazetteer';
import { countryNames } from '../domain/languages';
import type { ImportMessageParam } from '../i18n/import-messages';
import { addTo, placeKey } from './place-names';
import type { FixOption } from './row-fix';
import { closestEntries } from './suggest';

/**
 * Former names of countries that people still write in old inventories, with the year the name
 * changed. Source: ISO 3166-3 (codes for formerly used country names: DYBJ, HVBF, ZRCD, BUMM,
 * RHZW, NHVU) and, for names older than ISO 3166, each country's date of independence or renaming.
 * Former names already among a country's aliases in countries.json (Birmanie, Swaziland) resolve as they are.
 */
export const FORMER_COUNTRY_NAMES: readonly { name: string; iso2: string; until: number }[] = [
  { name: 'Dahomey', iso2: 'BJ', until: 1975 },
  { name: 'Haute-Volta', iso2: 'BF', until: 1984 },
  { name: 'Upper Volta', iso2: 'BF', until: 1984 },
  { name: 'Zaïre', iso2: 'CD', until: 1997 },
  { name: 'Rhodésie', iso2: 'ZW', until: 1980 },
  { name: 'Rhodesia', iso2: 'ZW', until: 1980 },
  { name: 'Nouvelles-Hébrides', iso2: 'VU', until: 1980 },
  { name: 'Ceylan', iso2: 'LK', until: 1972 },
  { name: 'Ceylon', iso2: 'LK', until: 1972 },
  { name: 'Soudan français', iso2: 'ML', until: 1960 },
  { name: 'Oubangui-Chari', iso2: 'CF', until: 1960 },
  { name: 'Côte-de-l’Or', iso2: 'GH', until: 1957 },
  { name: 'Gold Coast', iso2: 'GH', until: 1957 },
  { name: 'Tanganyika', iso2: 'TZ', until: 1964 },
  { name: 'Bassoutoland', iso2: 'LS', until: 1966 },
  { name: 'Basutoland', iso2: 'LS', until: 1966 },
  { name: 'Kampuchéa', iso2: 'KH', until: 1989 },
  { name: 'Siam', iso2: 'TH', until: 1939 },
  { name: 'Perse', iso2: 'IR', until: 1935 },
];

export interface CountrySuggestion {
  country: CountryRecord;
  /** Set when the text is a former name of the country. */
  formerName?: string;
  until?: number;
}

/** Suggests countries for a name that matches none: a former name first, else the closest names. */
export function createCountrySuggester(countries: readonly CountryRecord[]): (text: string) => CountrySuggestion[] {
  const byIso2 = new Map(countries.map((country) => [country.iso2, country]));
  const former = new Map(FORMER_COUNTRY_NAMES.map((entry) => [placeKey(entry.name), entry]));
  const byName = new Map<string, CountryRecord[]>();
  for (const country of countries) {
    for (const name of [country.nameFr, country.nameEn, ...country.aliases]) {
      if (!byName.get(placeKey(name))?.includes(country)) addTo(byName, placeKey(name), country);
    }
  }
  return (text) => {
    const key = placeKey(text);
    const entry = former.get(key);
    const country = entry && byIso2.get(entry.iso2);
    if (entry && country) return [{ country, formerName: entry.name, until: entry.until }];
    return closestEntries(byName, key, 3).map((match) => ({ country: match }));
  };
}

/** "Bénin (nom porté jusqu’en 1975 : Dahomey)" or "Sénégal", in the reader's language. */
export function countrySuggestionName({ country, formerName, until }: CountrySuggestion): ImportMessageParam {
  const name = countryNames(country);
  return formerName ? { code: 'country.formerName', params: { country: name, until: until ?? '', former: formerName } } : name;
}

export function countryOption(suggestion: CountrySuggestion): FixOption {
  return { label: countrySuggestionName(suggestion), cells: { pays_partenaire: suggestion.country.iso2 } };
}
