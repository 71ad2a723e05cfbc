import { t, type MessageKey } from '../i18n';
import { COLLECTIVITY_KINDS, NATURES } from '../domain/cooperation';
import { STATUSES, type CategoryFacetId } from '../domain/facets';
import { CONTINENT_IDS } from '../domain/gazetteer';
import { POPULATION_BANDS } from '../domain/population-bands';
import { regionName, REGIONAL_NETWORKS } from '../domain/regions';
import { THEME_IDS } from '../domain/themes';
import { TYPOLOGY_IDS, TYPOLOGY_LABELS } from '../domain/typology';
import { bandLabel, themeLabel } from '../i18n/labels';

/** How a facet's values read for a person: their label, and for some a sentence that explains them. */
interface FacetLabels {
  value: (value: string, countryName: (iso2: string) => string) => string;
  description?: (value: string) => string | undefined;
}

/** A label for the values of a closed vocabulary, the value itself for any other (an unknown code from the address). */
function among<V extends string>(values: readonly V[], label: (value: V) => string): (value: string) => string {
  const known = (value: string): value is V => (values as readonly string[]).includes(value);
  return (value) => (known(value) ? label(value) : value);
}

const message = <V extends string>(values: readonly V[], key: (value: V) => MessageKey) => among(values, (value) => t(key(value)));

/** One entry per facet of the registry: a facet without its labels does not compile. */
const FACET_LABELS: Record<CategoryFacetId, FacetLabels> = {
  theme: { value: among(THEME_IDS, themeLabel) },
  region: { value: regionName },
  network: { value: (value) => REGIONAL_NETWORKS.find((network) => network.id === value)?.name ?? value },
  typology: {
    value: among(TYPOLOGY_IDS, (id) => TYPOLOGY_LABELS[id]),
    description: message(TYPOLOGY_IDS, (id) => `typology.description.${id}`),
  },
  country: { value: (value, countryName) => countryName(value) },
  continent: { value: message(CONTINENT_IDS, (id) => `continent.${id}`) },
  kind: { value: message(COLLECTIVITY_KINDS, (kind) => `kind.${kind}`) },
  population: { value: among(POPULATION_BANDS.map((band) => band.id), bandLabel) },
  nature: { value: message(NATURES, (nature) => `nature.${nature}`) },
  status: { value: message(STATUSES, (status) => `status.${status}`) },
};

/** How a facet's value reads for a person, in the current language. */
export function facetValueLabel(facet: CategoryFacetId, value: string, countryName: (iso2: string) => string): string {
  return FACET_LABELS[facet].value(value, countryName);
}

/** The sentence that explains a facet's value, for the facets that have one (the ACTER models). */
export function facetValueDescription(facet: CategoryFacetId, value: string): string | undefined {
  return FACET_LABELS[facet].description?.(value);
}
