/**
 * "Voulez-vous dire … ?": the names of a gazetteer closest to a misspelt one, by edit distance
 * over folded names (placeKey). A bigram index, built once per gazetteer index, keeps a query to
 * the few names that can be close enough: a file of thousands of unknown names stays fast.
 */
import type { ImportMessage, ImportMessageParam } from '../i18n/import-messages';
import { oncePerObject } from './place-names';

/** Edits allowed for a name of this length: one per four characters, at least 1, at most 3. */
export function allowedEdits(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 4)));
}

/**
 * Levenshtein distance between a and b, or max + 1 as soon as it is sure to exceed max.
 * One row of the matrix at a time; a row whose smallest value exceeds max ends the count.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
      if (current[j] < smallest) smallest = current[j];
    }
    if (smallest > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], max + 1);
}

/** The distinct pairs of adjacent characters of a name. */
function bigrams(name: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < name.length; i++) grams.add(name.slice(i, i + 2));
  return grams;
}

/**
 * Names by the bigrams they hold, built once per index: a query measures only names that share
 * enough of its bigrams. Names are numbered by length, so the names of a length window are a
 * range of ids, found in each (ascending) posting list by bisection.
 */
interface GramIndex {
  names: string[];
  postings: Map<string, number[]>;
  /** Shared-bigram counts of the query under way, reset after it. */
  counts: Uint16Array;
}

const gramIndexOf = oncePerObject((index: ReadonlyMap<string, unknown>): GramIndex => {
  const names = [...index.keys()].sort((a, b) => a.length - b.length);
  const postings = new Map<string, number[]>();
  names.forEach((name, id) => {
    for (const gram of bigrams(name)) {
      const list = postings.get(gram);
      if (list) list.push(id);
      else postings.set(gram, [id]);
    }
  });
  return { names, postings, counts: new Uint16Array(names.length) };
});

/**
 * Names of the index that may be within `max` edits of `key`. An edit destroys at most two of the
 * key's bigrams, so such a name shares at least (distinct bigrams of the key − 2 × max) of them.
 */
function candidateNames(grams: GramIndex, key: string, max: number): string[] {
  const wanted = bigrams(key);
  const threshold = Math.max(1, wanted.size - 2 * max);
  const first = firstAtLeast(grams.names.length, (id) => grams.names[id].length >= key.length - max);
  const end = firstAtLeast(grams.names.length, (id) => grams.names[id].length > key.length + max);
  const touched: number[] = [];
  for (const gram of wanted) {
    const list = grams.postings.get(gram) ?? [];
    for (let i = firstAtLeast(list.length, (at) => list[at] >= first); i < list.length && list[i] < end; i++) {
      const id = list[i];
      if (grams.counts[id] === 0) touched.push(id);
      grams.counts[id]++;
    }
  }
  const found: string[] = [];
  for (const id of touched) {
    if (grams.counts[id] >= threshold) found.push(grams.names[id]);
    grams.counts[id] = 0;
  }
  return found;
}

/** The first position in [0, length) where `holds` becomes true (it stays true after), or length. */
function firstAtLeast(length: number, holds: (position: number) => boolean): number {
  let [low, high] = [0, length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The entries of `index` (folded name → entries) whose name is closest to `key`: those at the
 * smallest distance found, at most `limit`; none when no name is within allowedEdits of the key.
 * Entries under one name keep their order (a gazetteer's most populous first).
 */
export function closestEntries<T>(index: ReadonlyMap<string, readonly T[]>, key: string, limit = 3, keep: (entry: T) => boolean = () => true): T[] {
  let best = allowedEdits(key.length);
  let found: T[] = [];
  for (const name of candidateNames(gramIndexOf(index), key, best)) {
    if (name === key) continue;
    const distance = editDistance(key, name, best);
    if (distance > best) continue;
    const entries = (index.get(name) ?? []).filter(keep);
    if (entries.length === 0) continue;
    if (distance < best) [best, found] = [distance, []];
    found.push(...entries);
  }
  return [...new Set(found)].slice(0, limit);
}

/** The `{didYouMean}` of a message: " Voulez-vous dire A, B ou C ?", or "" without suggestion. */
export function didYouMean(names: readonly ImportMessageParam[]): ImportMessage | '' {
  return names.length === 0 ? '' : { code: 'didYouMean', params: { names } };
}
