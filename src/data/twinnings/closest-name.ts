import { placeKey } from '../place-names';


/**
 * The consonants of a name, doubled letters once: "Zhukovsky" and "Zhukovskiy", "Beit Sahour"
 * and "Bayt Sāḩūr" agree, "Filton" and "Wilton" do not. Transliterations differ in vowels; a
 * different consonant is a different place, so only names of the same skeleton are "close".
 */
export function spellingSkeleton(name: string): string {
  return placeKey(name)
    .replace(/^(al|el) /, '')
    .replace(/[aeiouy\s]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** A name index by skeleton; short skeletons (under 3 consonants) are left out, too many names share them. */
export function skeletonIndex<T>(entries: Iterable<[string, T]>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const [name, value] of entries) {
    const skeleton = spellingSkeleton(name);
    if (skeleton.length < 3) continue;
    const list = index.get(skeleton);
    if (list) list.push(value);
    else index.set(skeleton, [value]);
  }
  return index;
}

/** Edit distance of two keys, for telling how far apart two names of the same skeleton are. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** At most two letters apart, and at most a quarter of the name: a spelling, not another name. */
export function isCloseSpelling(written: string, candidate: string): boolean {
  const a = placeKey(written);
  const b = placeKey(candidate);
  const distance = editDistance(a, b);
  return distance <= 2 && distance * 4 <= Math.max(a.length, b.length);
}
