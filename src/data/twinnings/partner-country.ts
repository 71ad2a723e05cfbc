import type { CountryRecord } from '../../domain/gazetteer';
import { placeKey } from '../place-names';

/** A partner country as the lists write it, and the admin-1 unit it names, if any. */
export interface PartnerCountry {
  country: CountryRecord;
  /** GeoNames admin-1 code ("GB.ENG") when the text names a part of the country. */
  admin1: string | null;
}

/** Parts of the United Kingdom the lists name instead of the country. */
const UK_NATIONS: Record<string, string> = {
  england: 'GB.ENG',
  scotland: 'GB.SCT',
  wales: 'GB.WLS',
  'northern ireland': 'GB.NIR',
};

/** English spellings of the lists that the country gazetteer lacks. */
const COUNTRY_SPELLINGS: Record<string, string> = {
  'republic of ireland': 'IE',
  madagaskar: 'MG',
  congo: 'CG',
};

/** "England, United Kingdom" → GB + England; "Georgia (country)" → GE; null when unknown. */
export function readPartnerCountry(text: string, resolveCountry: (text: string) => CountryRecord | null, byIso2: ReadonlyMap<string, CountryRecord>): PartnerCountry | null {
  const written = text.replace(/\s*\((country|state)\)\s*$/i, '').trim();
  const [first, ...rest] = written.split(',').map((part) => part.trim());
  const nation = UK_NATIONS[placeKey(first)];
  if (nation && (rest.length === 0 || placeKey(rest.join(' ')) === 'united kingdom')) {
    return { country: byIso2.get('GB')!, admin1: nation };
  }
  const spelled = COUNTRY_SPELLINGS[placeKey(written)];
  const country = (spelled ? byIso2.get(spelled) : null) ?? resolveCountry(written) ?? (rest.length > 0 ? resolveCountry(rest.join(', ')) : null);
  return country ? { country, admin1: null } : null;
}
