import { foldName } from '../domain/text';

/** The matching key of a place name: folded, with "St"/"Ste" spelled out. */
export function placeKey(name: string): string {
  return foldName(name).replace(/\bst\b/g, 'saint').replace(/\bste\b/g, 'sainte');
}

/** Appends a value to the list under a key. */
export function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** Remembers the answers of a function, by a key of its query (resolvers see the same cells again and again). */
/** `build`, run once per object: gazetteers are cached, so each is indexed once, whatever the number of imports. */
export function oncePerObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}

export function memoize<Q, T>(keyOf: (query: Q) => string, compute: (query: Q) => T): (query: Q) => T {
  const answers = new Map<string, T>();
  return (query) => {
    const key = keyOf(query);
    if (answers.has(key)) return answers.get(key) as T;
    const answer = compute(query);
    answers.set(key, answer);
    return answer;
  };
}
