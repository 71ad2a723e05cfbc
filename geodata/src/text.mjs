/** Same semantics as foldName in src/domain/text.ts (kept in sync by hand: this package has no build step). */
export function foldName(value) {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'’\-.,()]+$/u;

/** A usable other name: Latin script, no digits, not a short all-capitals code (IATA, postal). */
export function isLatinName(value) {
  return LATIN_NAME.test(value) && !/^[\p{Lu}\s]{1,4}$/u.test(value) && foldName(value) !== '';
}

/**
 * Names in their given order, dropping those that fold like an excluded name or an earlier one;
 * `limit` caps the list to keep the gazetteers small.
 */
export function distinctNames(candidates, excluded, limit = Infinity) {
  const seen = new Set(excluded.map(foldName));
  const names = [];
  for (const candidate of candidates) {
    if (names.length >= limit) break;
    const name = candidate.trim();
    const folded = foldName(name);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    names.push(name);
  }
  return names;
}

/** Latin-script other names of a place, distinct from its main name and from each other. */
export function otherNames(mainName, candidates, limit = Infinity) {
  return distinctNames(candidates.filter(isLatinName), [mainName], limit);
}

/** Deterministic string order, independent of the locale of the machine. */
export function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
