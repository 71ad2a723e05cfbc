import { placeKey } from '../place-names';
import { CHECKED_BRITISH_ISLES } from './checked/missing-british-isles';
import { CHECKED_ELSEWHERE } from './checked/missing-elsewhere';
import { CHECKED_HOMONYMS_AMERICAS_ASIA } from './checked/homonyms-americas-asia';
import { CHECKED_HOMONYMS_CENTRAL_EUROPE } from './checked/homonyms-central-europe';
import { CHECKED_HOMONYMS_SOUTH_WEST_EUROPE } from './checked/homonyms-south-west-europe';
import { CHECKED_FRENCH_COMMUNES } from './checked/french-communes';
import { CHECKED_SPELLING_NEIGHBOURS } from './checked/spelling-neighbours';

/**
 * A partner place checked on a public page (the place's Wikipedia article, as a rule) for a name
 * the gazetteer lacks, places wrongly, or shares among homonyms the source does not tell apart.
 */
export interface CheckedPoint {
  /** ISO code of the partner's country. */
  iso2: string;
  /** The partner's name as the source writes it. */
  name: string;
  /** The French collectivity as the source writes it, when the entry settles a homonym for that pair only. */
  french?: string;
  /** The place as the page names it ("Princeton, New Jersey"). */
  place: string;
  lon: number;
  lat: number;
  /** The page that gives the point and, for a homonym, the twinning. */
  source: string;
}

/** The French commune of a pair whose French name several communes share, checked on a public page. */
export interface CheckedCommune {
  /** The French name as the source writes it. */
  french: string;
  /** The partner's name as the source writes it, and its country's ISO code. */
  partner: string;
  iso2: string;
  /** INSEE code of the commune twinned. */
  insee: string;
  source: string;
}

const pointKey = (iso2: string, name: string, french: string | undefined) => [iso2, placeKey(name), french === undefined ? '' : placeKey(french)].join('|');
const communeKey = (french: string, partner: string, iso2: string) => [placeKey(french), placeKey(partner), iso2].join('|');

function indexed<T>(entries: readonly T[], keyOf: (entry: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (index.has(key)) throw new Error(`Entrée vérifiée en double : ${key}`);
    index.set(key, entry);
  }
  return index;
}

/** Looks up checked partner points: the entry of the pair first, then the entry of the name alone. */
export function checkedPointFinder(entries: readonly CheckedPoint[]): (iso2: string, name: string, french: string) => CheckedPoint | null {
  const index = indexed(entries, (entry) => pointKey(entry.iso2, entry.name, entry.french));
  return (iso2, name, french) => index.get(pointKey(iso2, name, french)) ?? index.get(pointKey(iso2, name, undefined)) ?? null;
}

export function checkedCommuneFinder(entries: readonly CheckedCommune[]): (french: string, partner: string, iso2: string) => CheckedCommune | null {
  const index = indexed(entries, (entry) => communeKey(entry.french, entry.partner, entry.iso2));
  return (french, partner, iso2) => index.get(communeKey(french, partner, iso2)) ?? null;
}

export const CHECKED_POINTS: readonly CheckedPoint[] = [
  ...CHECKED_BRITISH_ISLES,
  ...CHECKED_ELSEWHERE,
  ...CHECKED_HOMONYMS_AMERICAS_ASIA,
  ...CHECKED_HOMONYMS_CENTRAL_EUROPE,
  ...CHECKED_HOMONYMS_SOUTH_WEST_EUROPE,
  ...CHECKED_SPELLING_NEIGHBOURS,
];

export const CHECKED_COMMUNES: readonly CheckedCommune[] = CHECKED_FRENCH_COMMUNES;
