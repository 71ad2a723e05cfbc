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

/** Characters a French or English writer types: Latin-1 plus the French œ, Œ and Ÿ. */
const WESTERN_NAME = /^[\u0000-\u00ff\u0152\u0153\u0178]*$/u;
const NON_ASCII = /[^\u0000-\u007f]/gu;

/**
 * Rank of an other name: 0 for a name written in Latin-1 ("München", "Marrakech", "Kraków"), 1 for
 * a name with letters outside it ("Gdańsk", "Huế"), 2 for a name without any capital letter, which
 * in GeoNames is most often an automatic romanisation of a non-Latin name ("mynkn", "ao bang ri").
 */
function rankOf(name) {
  if (!/\p{Lu}/u.test(name)) return 2;
  return WESTERN_NAME.test(name) ? 0 : 1;
}

/**
 * Order of a city's other names, deterministic and independent of the source's order (GeoNames'
 * alternate names are alphabetical and carry no language): by rank, then shorter first (in code
 * points), then by folded form, then the spelling with more accents first ("München" before
 * "Munchen", so that folding keeps the accented one), then by code unit.
 */
export function compareOtherNames(a, b) {
  return (
    rankOf(a) - rankOf(b) ||
    [...a].length - [...b].length ||
    compareStrings(foldName(a), foldName(b)) ||
    (b.match(NON_ASCII)?.length ?? 0) - (a.match(NON_ASCII)?.length ?? 0) ||
    compareStrings(a, b)
  );
}

/**
 * Latin-script other names of a city, distinct by folded form and from its main name, best first
 * (`compareOtherNames`); `limit` caps the list.
 */
export function cityOtherNames(mainName, candidates, limit = Infinity) {
  const names = candidates.map((name) => name.trim()).filter(isLatinName).sort(compareOtherNames);
  return distinctNames(names, [mainName], limit);
}

/** Deterministic string order, independent of the locale of the machine. */
export function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
