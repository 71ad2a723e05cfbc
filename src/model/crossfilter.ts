import { FACET_IDS, type CategoryFacetId, type FacetId } from '../domain/facets';
import { countRecord, type CooperationIndex } from './cooperation-index';


/** What the user filters: values of one facet combine with OR, facets with AND. */
export interface Selection {
  values: Partial<Record<CategoryFacetId, readonly string[]>>;
  /** Start-year range, bounds included; records with no start year are left out while it is set. */
  years: { from: number | null; to: number | null } | null;
}

export const NO_SELECTION: Selection = { values: {}, years: null };

export interface FilterResult {
  /** 1 for each kept record. */
  mask: Uint8Array;
  count: number;
  /**
   * For each facet, how many records each category would keep given the OTHER facets' filters
   * (crossfilter semantics). Position codes.length counts records with no value.
   */
  facets: Record<FacetId, Uint32Array>;
}

interface ActiveFilter {
  facet: number;
  values: Uint16Array | Uint32Array;
  /** For a multi-valued facet: the wanted bits; otherwise 0 and `accepts` is used. */
  bits: number;
  accepts: Uint8Array;
}

function activeFilters(index: CooperationIndex, selection: Selection): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  FACET_IDS.forEach((facet, position) => {
    const column = index.columns[facet];
    const accepts = new Uint8Array(column.codes.length + 1);
    let bits = 0;
    if (facet === 'year') {
      if (!selection.years) return;
      const { from, to } = selection.years;
      column.codes.forEach((code, i) => {
        const year = Number(code);
        if ((from === null || year >= from) && (to === null || year <= to)) accepts[i] = 1;
      });
    } else {
      const wanted = selection.values[facet];
      if (!wanted || wanted.length === 0) return;
      for (const value of wanted) {
        const i = column.codes.indexOf(value);
        if (i < 0) continue;
        if (column.multi) bits |= 1 << i;
        else accepts[i] = 1;
      }
    }
    active.push({ facet: position, values: column.values, bits, accepts });
  });
  return active;
}

/**
 * One pass over the records: a record that fails no filter counts in every facet, one that
 * fails exactly one filter counts in that filter's facet only, which is what its counts need.
 */
export function runFilters(index: CooperationIndex, selection: Selection): FilterResult {
  const active = activeFilters(index, selection);
  const columns = FACET_IDS.map((facet) => index.columns[facet]);
  const counts = columns.map((column) => new Uint32Array(column.codes.length + 1));
  const tally = (facet: number, i: number) => countRecord(columns[facet], counts[facet], i);

  const mask = new Uint8Array(index.size);
  let count = 0;
  for (let i = 0; i < index.size; i++) {
    let failed = 0;
    let failedFacet = -1;
    for (const filter of active) {
      const value = filter.values[i];
      const passes = filter.bits !== 0 ? (value & filter.bits) !== 0 : filter.accepts[value] === 1;
      if (!passes) {
        failedFacet = filter.facet;
        if (++failed > 1) break;
      }
    }
    if (failed === 0) {
      mask[i] = 1;
      count++;
      for (let facet = 0; facet < columns.length; facet++) tally(facet, i);
    } else if (failed === 1) {
      tally(failedFacet, i);
    }
  }

  const facets = Object.fromEntries(FACET_IDS.map((facet, position) => [facet, counts[position]])) as Record<FacetId, Uint32Array>;
  return { mask, count, facets };
}
