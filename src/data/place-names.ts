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
