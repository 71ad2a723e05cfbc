import { FACET_IDS, type CooperationIndex, type FacetId } from './cooperation-index';

export type CategoryFacetId = Exclude<FacetId, 'year'>;

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
  /** For `theme`: the wanted bits; otherwise 0 and `accepts` is used. */
  themeMask: number;
  accepts: Uint8Array;
}

function activeFilters(index: CooperationIndex, selection: Selection): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  FACET_IDS.forEach((facet, position) => {
    const column = index.columns[facet];
    const accepts = new Uint8Array(column.codes.length + 1);
    let themeMask = 0;
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
        if (facet === 'theme') themeMask |= 1 << i;
        else accepts[i] = 1;
      }
    }
    active.push({ facet: position, values: column.values, themeMask, accepts });
  });
  return active;
}

/** Marks in `failed[i]`: PASSED, the one facet whose filter record i fails, or SEVERAL. */
const PASSED = 0xff;
const SEVERAL = 0xfe;

/** One tight loop per active filter over its column: what each record fails. */
function markFailures(size: number, active: readonly ActiveFilter[]): Uint8Array {
  const failed = new Uint8Array(size).fill(PASSED);
  for (const { facet, values, themeMask, accepts } of active) {
    for (let i = 0; i < size; i++) {
      const passes = themeMask !== 0 ? (values[i] & themeMask) !== 0 : accepts[values[i]] === 1;
      if (!passes) failed[i] = failed[i] === PASSED ? facet : SEVERAL;
    }
  }
  return failed;
}

/** A facet's counts: records that fail no filter, or only this facet's own. */
function countFacet(values: Uint16Array | Uint32Array, failed: Uint8Array, facet: number, counts: Uint32Array): void {
  for (let i = 0; i < failed.length; i++) {
    const mark = failed[i];
    if (mark === PASSED || mark === facet) counts[values[i]]++;
  }
}

/** The same for `theme`, whose values are bit sets: each set bit counts once, no bit counts as unknown. */
function countThemes(bits: Uint16Array | Uint32Array, failed: Uint8Array, facet: number, counts: Uint32Array, unknown: number): void {
  for (let i = 0; i < failed.length; i++) {
    const mark = failed[i];
    if (mark !== PASSED && mark !== facet) continue;
    let rest = bits[i];
    if (rest === 0) counts[unknown]++;
    for (; rest !== 0; rest &= rest - 1) counts[31 - Math.clz32(rest & -rest)]++;
  }
}

/**
 * Column by column, in typed arrays: first what each record fails, then each facet's counts.
 * A record that fails no filter counts in every facet, one that fails exactly one filter counts
 * in that filter's facet only, which is what its counts need.
 */
export function runFilters(index: CooperationIndex, selection: Selection): FilterResult {
  const failed = markFailures(index.size, activeFilters(index, selection));
  const facets = {} as Record<FacetId, Uint32Array>;
  FACET_IDS.forEach((facet, position) => {
    const { codes, values } = index.columns[facet];
    const counts = new Uint32Array(codes.length + 1);
    if (facet === 'theme') countThemes(values, failed, position, counts, codes.length);
    else countFacet(values, failed, position, counts);
    facets[facet] = counts;
  });
  const mask = new Uint8Array(index.size);
  let count = 0;
  for (let i = 0; i < index.size; i++) {
    if (failed[i] === PASSED) {
      mask[i] = 1;
      count++;
    }
  }
  return { mask, count, facets };
}
