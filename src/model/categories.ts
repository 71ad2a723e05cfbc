import type { Cooperation } from '../domain/cooperation';
import type { ContinentId } from '../domain/gazetteer';
import type { ColorAttribute } from '../state/url-codec';

/** The category a cooperation falls in for the attribute that colours the map; null when unknown. */
export function categoryOf(
  cooperation: Cooperation,
  attribute: ColorAttribute,
  continentOf: (iso2: string) => ContinentId | undefined,
): string | null {
  switch (attribute) {
    case 'typology':
      return cooperation.typology;
    case 'theme':
      return cooperation.themes[0] ?? null;
    case 'nature':
      return cooperation.nature;
    case 'continent':
      return continentOf(cooperation.partnerCountry) ?? null;
  }
}
