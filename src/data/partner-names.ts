/**
 * Matching of partner admin-1 names across languages and suffixes: "Région des Cascades" and
 * "Cascades Region", "Haute Matsiatra" and "Upper Matsiatra", "District des Savanes" and
 * "Savanes District" share one loose key; a loose key one letter off (Marrakech-Safi and
 * Marrakesh-Safi, Guidimakha and Guidimaka) is a near match.
 */

/** Words that name the kind of unit, and articles: not part of the unit's own name. */
const GENERIC_WORDS = new Set([
  'region', 'regions', 'province', 'district', 'cercle', 'commune', 'camp', 'city', 'town', 'village', 'autonomous', 'autonome', 'governorate', 'gouvernorat', 'wilaya', 'willaya',
  'state', 'etat', 'prefecture', 'department', 'departement', 'county', 'municipality', 'oblast', 'of', 'the', 'de', 'des',
  'du', 'd', 'la', 'le', 'les', 'l',
]);

/** English words of admin-1 names, in their French form. */
const WORD_FORMS: Record<string, string> = {
  upper: 'haute', haut: 'haute', lower: 'basse', bas: 'basse', north: 'nord', northern: 'nord', south: 'sud', southern: 'sud',
  east: 'est', eastern: 'est', west: 'ouest', western: 'ouest', central: 'centre', center: 'centre', greater: 'grand',
};

/** The loose key of a folded name: generic words dropped, English words in French. */
export function looseKey(key: string): string {
  return key
    .split(' ')
    .filter((word) => !GENERIC_WORDS.has(word))
    .map((word) => WORD_FORMS[word] ?? word)
    .join(' ');
}

/** Shortest key that a near match (one letter off) may apply to: shorter names are too alike. */
const NEAR_MATCH_MIN_LENGTH = 7;

/** The keys at one edit (substitution, insertion, deletion) from `key`, when exactly one such key exists. */
export function nearKey(key: string, keys: Iterable<string>): string | null {
  if (key.length < NEAR_MATCH_MIN_LENGTH) return null;
  let found: string | null = null;
  for (const candidate of keys) {
    if (candidate.length < NEAR_MATCH_MIN_LENGTH || !oneEditApart(key, candidate)) continue;
    if (found !== null) return null;
    found = candidate;
  }
  return found;
}

function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
