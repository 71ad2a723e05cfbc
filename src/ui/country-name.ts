import { countryLabel } from '../i18n/labels';
import type { Store } from '../state/store';

/** A country's name in the interface language, from its ISO alpha-2 code. */
export function countryNamer(store: Store): (iso2: string) => string {
  return (iso2) => {
    const country = store.countryByIso2.get(iso2);
    return country ? countryLabel(country) : iso2;
  };
}
