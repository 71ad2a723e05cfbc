/** Names of the vocabularies' values in the interface language, typed so that a missing one does not compile. */
import type { CollectivityKind, Nature } from '../domain/cooperation';
import type { CountryRecord } from '../domain/gazetteer';
import { LANGUAGES, type Translated } from '../domain/languages';
import { POPULATION_BANDS, type PopulationBandId } from '../domain/population-bands';
import { regionName } from '../domain/regions';
import { SDG_NAMES, type SdgNumber } from '../domain/sdg';
import { THEME_NAMES, type ThemeId } from '../domain/themes';
import { METROPOLE } from '../model/flows';
import { language, t } from './index';

/** A name given in every language (src/domain), in the interface's. */
export const translated = (name: Translated) => name[language.value];

export const themeLabel = (id: ThemeId) => translated(THEME_NAMES[id]);
export const sdgName = (goal: SdgNumber) => translated(SDG_NAMES[goal]);
export const natureLabel = (nature: Nature) => t(`nature.${nature}`);
export const kindLabel = (kind: CollectivityKind) => t(`kind.${kind}`);

export function bandLabel(id: PopulationBandId): string {
  return translated(POPULATION_BANDS.find((band) => band.id === id)!.name);
}

/** A country's name in the interface language, as the gazetteer gives it. */
export const countryLabel = (country: CountryRecord) => country[LANGUAGES.find((entry) => entry.id === language.value)!.countryName];

/** The French end of a flow: metropolitan France as a whole, or a région. */
export function originName(code: string): string {
  return code === METROPOLE ? t('origin.metropole') : regionName(code);
}
