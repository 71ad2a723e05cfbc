/** Names of the vocabularies' values in the interface language, typed so that a missing one does not compile. */
import type { Translated } from '../domain/languages';
import { regionName } from '../domain/regions';
import { METROPOLE } from '../model/flows';
import { language, t } from './index';

/** A name given in every language (src/domain), in the interface's. */
export const translated = (name: Translated) => name[language.value];

/** The French end of a flow: metropolitan France as a whole, or a région. */
export function originName(code: string): string {
  return code === METROPOLE ? t('origin.metropole') : regionName(code);
}
