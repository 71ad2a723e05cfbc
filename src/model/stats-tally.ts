/** Counting the kept records by category, over the index's typed columns. */
import { countRecord, type FacetColumn } from './cooperation-index';

export interface Tally {
  value: string;
  count: number;
}

/** Counts of the categories met (most frequent first, or in vocabulary order for ordered ones). */
export interface Breakdown {
  rows: Tally[];
  /** Records in categories left out of `rows` (beyond a top N). */
  other: number;
  /** Records with no value. */
  unknown: number;
  /** Records counted: the base of every share. */
  total: number;
}

/** Positions of the kept records. */
export function keptPositions(mask: Uint8Array): Uint32Array {
  const positions = new Uint32Array(mask.reduce((sum, kept) => sum + kept, 0));
  let next = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) positions[next++] = i;
  return positions;
}

/** counts[k] = records of category k (a multi-valued record counts in each of its); counts[codes.length] = records with no value. */
export function countCategories(column: FacetColumn, positions: ArrayLike<number>): Uint32Array {
  const counts = new Uint32Array(column.codes.length + 1);
  for (let p = 0; p < positions.length; p++) countRecord(column, counts, positions[p]);
  return counts;
}

export interface BreakdownOptions {
  /** Keep the vocabulary's order (for ordered categories such as size bands). */
  ordered?: boolean;
  /** Keep the N most frequent categories and sum the rest into `other`. */
  top?: number;
}

export function toBreakdown(codes: readonly string[], counts: Uint32Array, total: number, options: BreakdownOptions = {}): Breakdown {
  const met = codes.map((value, i) => ({ value, count: counts[i] })).filter((tally) => tally.count > 0);
  if (!options.ordered) met.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const rows = options.top === undefined ? met : met.slice(0, options.top);
  const other = met.slice(rows.length).reduce((sum, tally) => sum + tally.count, 0);
  return { rows, other, unknown: counts[codes.length], total };
}

