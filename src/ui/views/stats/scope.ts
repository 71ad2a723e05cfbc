import { regionName, REGIONAL_NETWORKS } from '../../../domain/regions';
import type { FacetFilters } from '../../../domain/facets';
import { language, t } from '../../../i18n';

/** How French says "in" a région: « en Bretagne », « dans les Hauts-de-France », « à La Réunion ». */
const FRENCH_REGION_PREPOSITIONS: Readonly<Record<string, string>> = {
  '01': 'en', '02': 'en', '03': 'en', '04': 'à', '06': 'à', '11': 'en', '24': 'en', '27': 'en', '28': 'en',
  '32': 'dans les', '44': 'dans le', '52': 'dans les', '53': 'en', '75': 'en', '76': 'en', '84': 'en', '93': 'en', '94': 'en',
};

export interface Scope {
  /** What the figures cover, as a name: « Bretagne », « Résacoop », or null for the filters in general. */
  name: string | null;
  /** The phrase that opens a sentence about it: « En Bretagne », « Dans le réseau Résacoop », « Selon les filtres en cours ». */
  opening: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The région or network the filters name, when they name exactly one. */
export function scopeOf(filters: FacetFilters): Scope {
  const regions = filters.region;
  const networks = filters.network;
  if (regions.length === 1 && networks.length === 0) {
    const name = regionName(regions[0]);
    const opening = language.value === 'fr' ? `${capitalise(FRENCH_REGION_PREPOSITIONS[regions[0]] ?? 'en')} ${name}` : t('stats.scope.in', { name });
    return { name, opening };
  }
  if (networks.length === 1 && regions.length === 0) {
    const name = REGIONAL_NETWORKS.find((network) => network.id === networks[0])?.name ?? networks[0];
    return { name, opening: t('stats.scope.network', { name }) };
  }
  return { name: null, opening: t('stats.scope.filters') };
}
