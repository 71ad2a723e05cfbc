import { language, t, type MessageKey } from '../i18n';
import { POPULATION_BANDS } from '../domain/population-bands';
import { regionByCode, REGIONAL_NETWORKS } from '../domain/regions';
import type { ThemeId } from '../domain/themes';
import { themeLabel } from '../i18n/themes';
import { TYPOLOGY_LABELS, type TypologyId } from '../domain/typology';
import type { CategoryFacetId } from '../domain/facets';

/** How a facet's value reads for a person, in the current language. */
export function facetValueLabel(facet: CategoryFacetId, value: string, countryName: (iso2: string) => string): string {
  switch (facet) {
    case 'theme':
      return themeLabel(value as ThemeId) ?? value;
    case 'typology':
      return TYPOLOGY_LABELS[value as TypologyId] ?? value;
    case 'region':
      return regionByCode(value)?.name ?? value;
    case 'network':
      return REGIONAL_NETWORKS.find((network) => network.id === value)?.name ?? value;
    case 'country':
      return countryName(value);
    case 'population': {
      const band = POPULATION_BANDS.find((b) => b.id === value);
      return band ? (language.value === 'fr' ? band.labelFr : band.labelEn) : value;
    }
    case 'continent':
    case 'kind':
    case 'nature':
    case 'status':
      return t(`${facet}.${value}` as MessageKey);
  }
}
