import type { Cooperation } from '../domain/cooperation';
import { CATEGORY_FACET_IDS, facet, isMultiValued, type FacetContext, type FacetDescriptor, type FacetId } from '../domain/facets';

/**
 * One facet as a typed column: values[i] is the position of record i's category in `codes`,
 * or codes.length when unknown. For a multi-valued facet (`multi`), values[i] is a bit set over `codes` instead.
 */
export interface FacetColumn {
  readonly codes: readonly string[];
  readonly values: Uint16Array | Uint32Array;
  readonly multi: boolean;
}

/**
 * Cooperations turned once into typed columns, so that filtering and counting read numbers
 * rather than objects (as flowmap.gl and crossfilter do).
 */
export interface CooperationIndex {
  readonly size: number;
  readonly cooperations: readonly Cooperation[];
  readonly columns: Readonly<Record<FacetId, FacetColumn>>;
}

/**
 * Counts record i: counts[k] for its category k, or for each of its values in a multi-valued
 * column; counts[codes.length] when it has none.
 */
export function countRecord(column: FacetColumn, counts: Uint32Array, i: number): void {
  const value = column.values[i];
  if (!column.multi) {
    counts[value]++;
    return;
  }
  if (value === 0) counts[column.codes.length]++;
  for (let bit = 0; bit < column.codes.length; bit++) if (value & (1 << bit)) counts[bit]++;
}

function categoryColumn(codes: readonly string[], keys: readonly (string | null)[]): FacetColumn {
  const position = new Map(codes.map((code, i) => [code, i]));
  const values = codes.length < 0xffff ? new Uint16Array(keys.length) : new Uint32Array(keys.length);
  keys.forEach((key, i) => {
    values[i] = key === null ? codes.length : (position.get(key) ?? codes.length);
  });
  return { codes, values, multi: false };
}

/** How the rows' values of a multi-valued facet become bits over its codes. */
function bitsOver(codes: readonly string[]): (keys: readonly string[]) => number {
  const bit = new Map(codes.map((code, i) => [code, 1 << i]));
  return (keys) => keys.reduce((bits, key) => bits | (bit.get(key) ?? 0), 0);
}

const bitColumn = (codes: readonly string[], keys: readonly (readonly string[])[]): FacetColumn => ({
  codes,
  values: Uint32Array.from(keys, bitsOver(codes)),
  multi: true,
});

const distinctSorted = (keys: readonly (string | null)[]) => [...new Set(keys.filter((key): key is string => key !== null))].sort();

/** A single-valued column with the registry's codes, or the data's when the facet lists none. */
const keyedColumn = (codes: readonly string[] | null, keys: readonly (string | null)[]) => categoryColumn(codes ?? distinctSorted(keys), keys);

/** One column's values for the given rows: codes stay, so a data-derived column whose rows gain a new code returns null. */
function columnAt(column: FacetColumn, descriptor: FacetDescriptor, rows: readonly Cooperation[], context: FacetContext): number[] | null {
  if (isMultiValued(descriptor)) {
    const bits = bitsOver(column.codes);
    return rows.map((row) => bits(descriptor.valuesOf(row)));
  }
  const keys = rows.map((row) => descriptor.valueOf(row, context));
  if (descriptor.values === null && keys.some((key) => key !== null && !column.codes.includes(key))) return null;
  return [...categoryColumn(column.codes, keys).values];
}

/**
 * The index with some rows replaced (a model chosen for a collectivity): the other rows, and the
 * columns those rows do not change, are shared with the index given.
 */
export function withRows(index: CooperationIndex, positions: readonly number[], rows: readonly Cooperation[], context: FacetContext): CooperationIndex {
  const cooperations = [...index.cooperations];
  positions.forEach((position, i) => (cooperations[position] = rows[i]));
  if (rows.some((row, i) => row.startYear !== index.cooperations[positions[i]].startYear)) return buildIndex(cooperations, context.continentOf, context.currentYear);
  const columns = { ...index.columns };
  for (const id of CATEGORY_FACET_IDS) {
    const column = index.columns[id];
    const values = columnAt(column, facet(id), rows, context);
    if (values === null) return buildIndex(cooperations, context.continentOf, context.currentYear);
    if (values.every((value, i) => column.values[positions[i]] === value)) continue;
    const next = column.values.slice();
    positions.forEach((position, i) => (next[position] = values[i]));
    columns[id] = { ...column, values: next };
  }
  return { size: index.size, cooperations, columns };
}

export function buildIndex(
  cooperations: readonly Cooperation[],
  continentOf: FacetContext['continentOf'],
  currentYear = new Date().getFullYear(),
): CooperationIndex {
  const context: FacetContext = { continentOf, currentYear };
  const columns = Object.fromEntries(
    CATEGORY_FACET_IDS.map((id) => {
      const descriptor = facet(id);
      const column = isMultiValued(descriptor)
        ? bitColumn(descriptor.values, cooperations.map(descriptor.valuesOf))
        : keyedColumn(descriptor.values, cooperations.map((c) => descriptor.valueOf(c, context)));
      return [id, column];
    }),
  ) as Record<FacetId, FacetColumn>;
  columns.year = keyedColumn(null, cooperations.map((c) => (c.startYear === null ? null : String(c.startYear))));
  return { size: cooperations.length, cooperations, columns };
}
