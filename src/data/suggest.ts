/**
 * "Voulez-vous dire … ?": the names of a gazetteer closest to a misspelt one, by edit distance
 * over folded names (placeKey). Names are grouped by length once per index, so a query only
 * measures the names whose length is within the allowed distance.
 */
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

const keysByLength = oncePerObject((index: ReadonlyMap<string, unknown>) => {
  const byLength = new Map<number, string[]>();
  for (const key of index.keys()) {
    const list = byLength.get(key.length);
    if (list) list.push(key);
    else byLength.set(key.length, [key]);
  }
  return byLength;
});

/**
 * The entries of `index` (folded name → entries) whose name is closest to `key`: those at the
 * smallest distance found, at most `limit`; none when no name is within allowedEdits of the key.
 * Entries under one name keep their order (a gazetteer's most populous first).
 */
export function closestEntries<T>(index: ReadonlyMap<string, readonly T[]>, key: string, limit = 3, keep: (entry: T) => boolean = () => true): T[] {
  let best = allowedEdits(key.length);
  let found: T[] = [];
  const byLength = keysByLength(index);
  for (let length = key.length - best; length <= key.length + best; length++) {
    for (const name of byLength.get(length) ?? []) {
      if (name === key) continue;
      const distance = editDistance(key, name, best);
      if (distance > best) continue;
      const entries = (index.get(name) ?? []).filter(keep);
      if (entries.length === 0) continue;
      if (distance < best) [best, found] = [distance, []];
      found.push(...entries);
    }
  }
  return [...new Set(found)].slice(0, limit);
}

/** " Voulez-vous dire A, B ou C ?" (with its leading space), or "" without suggestion. */
export function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ou ${names[names.length - 1]}`;
  return ` Voulez-vous dire ${list} ?`;
}
