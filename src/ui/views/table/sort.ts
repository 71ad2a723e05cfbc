export type SortKey = string | number | null;
export type SortDirection = 'ascending' | 'descending';

/**
 * Numbers standing for the keys' order: strings are ranked once through the collator, so the
 * sort itself compares numbers (a collator comparison per pair is several times slower).
 */
function sortableNumbers(keys: readonly SortKey[], locale: string): Float64Array {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const strings = [...new Set(keys.filter((key): key is string => typeof key === 'string'))].sort(collator.compare);
  const rank = new Map(strings.map((key, i) => [key, i]));
  return Float64Array.from(keys, (key) => (key === null || key === '' ? NaN : typeof key === 'number' ? key : rank.get(key)!));
}

/**
 * The positions in the order of their keys, text as readers of `locale` sort it; empty keys
 * (null or '') last in either direction, ties in their original order.
 */
export function sortPositions(positions: Uint32Array, keyOf: (position: number) => SortKey, direction: SortDirection, locale: string): Uint32Array {
  const numbers = sortableNumbers(Array.from(positions, keyOf), locale);
  const sign = direction === 'ascending' ? 1 : -1;
  const order = Array.from(positions.keys()).sort((a, b) => {
    const x = numbers[a];
    const y = numbers[b];
    if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
    return sign * (x - y);
  });
  return Uint32Array.from(order, (i) => positions[i]);
}
