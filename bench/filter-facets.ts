import crossfilter from 'crossfilter2';
import type { Cooperation } from '../src/domain/cooperation';
import { NO_SELECTION, runFilters, type Selection } from '../src/model/crossfilter';
import { buildIndex, type CooperationIndex } from '../src/model/cooperation-index';
import type { Dataset } from './dataset';
import { changedFacets, FACET_NAMES, facetKeys, type FacetKeys, type FacetName } from './facet-keys';
import { compare, type Result } from './harness';
import { retainedBytesPerRecord } from './memory';

/** The most frequent codes of a facet, as runFilters counts them with no filter. */
function topCodes(index: CooperationIndex, facet: 'theme' | 'country', count: number): string[] {
  const counts = runFilters(index, NO_SELECTION).facets[facet];
  const { codes } = index.columns[facet];
  return [...codes.keys()].sort((a, b) => counts[b] - counts[a]).slice(0, count).map((i) => codes[i]);
}

/** A user's session: each step changes one facet (add a theme, then a country, a year range...) and comes back. */
export function selectionCycle(index: CooperationIndex): Selection[] {
  const [theme1, theme2] = topCodes(index, 'theme', 2);
  const [country] = topCodes(index, 'country', 1);
  const years = { from: 2000, to: null };
  const steps: Selection['values'][] = [{ theme: [theme1] }, { theme: [theme1], country: [country] }, { theme: [theme1, theme2], country: [country] }];
  return [
    NO_SELECTION,
    ...steps.map((values) => ({ values, years: null })),
    { values: steps[2], years },
    { values: { theme: [theme1, theme2] }, years },
    { values: { theme: [theme1] }, years },
    { values: { theme: [theme1] }, years: null },
  ];
}

type Accepts = (c: Cooperation) => boolean;

/** Whether a record passes one facet's filter, from its keys; null when the facet is not filtered. */
function acceptor(keys: FacetKeys, selection: Selection, facet: FacetName): Accepts | null {
  if (facet === 'year') {
    if (!selection.years) return null;
    const { from, to } = selection.years;
    return (c) => {
      const year = keys.year(c);
      return year >= 0 && (from === null || year >= from) && (to === null || year <= to);
    };
  }
  const wanted = selection.values[facet];
  if (!wanted?.length) return null;
  const set = new Set(wanted);
  if (facet === 'theme') return (c) => keys.theme(c).some((theme) => set.has(theme));
  const key = keys[facet];
  return (c) => set.has(key(c));
}

/** What one would write without a library: Array.filter per facet, counts in plain objects. */
function naiveFilter(cooperations: readonly Cooperation[], keys: FacetKeys, selection: Selection) {
  const accepts = FACET_NAMES.map((facet) => acceptor(keys, selection, facet));
  const passesAllBut = (skip: number) => (c: Cooperation) => accepts.every((ok, f) => f === skip || ok === null || ok(c));
  const kept = cooperations.filter(passesAllBut(-1));
  const facets = FACET_NAMES.map((facet, f) => {
    const counts: Record<string, number> = {};
    for (const c of cooperations.filter(passesAllBut(f))) {
      const values = facet === 'theme' ? keys.theme(c) : [String(keys[facet](c))];
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
    return counts;
  });
  return { count: kept.length, facets };
}

/** crossfilter2 with one dimension and one counting group per facet (themes as an array dimension). */
function crossfilterEngine(cooperations: readonly Cooperation[], keys: FacetKeys) {
  const cf = crossfilter(cooperations as Cooperation[]);
  const all = cf.groupAll<number>().reduceCount();
  const dimensions = Object.fromEntries(
    FACET_NAMES.map((facet) => {
      const key = keys[facet] as (c: Cooperation) => crossfilter.NaturallyOrderedValue;
      const dimension = facet === 'theme' ? cf.dimension((c) => keys.theme(c) as string[], true) : cf.dimension(key);
      return [facet, { dimension, group: dimension.group() }];
    }),
  ) as Record<FacetName, { dimension: crossfilter.Dimension<Cooperation, crossfilter.NaturallyOrderedValue>; group: crossfilter.Group<Cooperation, crossfilter.NaturallyOrderedValue, unknown> }>;

  const apply = (facet: FacetName, selection: Selection) => {
    const { dimension } = dimensions[facet];
    if (facet === 'year') {
      const range = selection.years;
      if (!range) dimension.filterAll();
      else dimension.filterRange([range.from ?? 0, range.to === null ? Infinity : range.to + 1]);
      return;
    }
    const wanted = selection.values[facet] ?? [];
    if (wanted.length === 0) dimension.filterAll();
    else if (wanted.length === 1) dimension.filterExact(wanted[0]);
    else {
      const set = new Set<unknown>(wanted);
      dimension.filterFunction((value) => set.has(value));
    }
  };
  /** Applies only the filters that changed (crossfilter's incremental update), then reads every count. */
  const update = (before: Selection, after: Selection) => {
    for (const facet of changedFacets(before, after)) apply(facet, after);
    return { count: all.value(), facets: FACET_NAMES.map((facet) => dimensions[facet].group.all()) };
  };
  return { update };
}

export async function filterFacets(data: Dataset): Promise<Result[]> {
  const { cooperations, index, n } = data;
  const keys = facetKeys(data);
  const cycle = selectionCycle(index);
  const engine = crossfilterEngine(cooperations, keys);
  const steps = cycle.map((selection, i) => ({ before: cycle[(i + cycle.length - 1) % cycle.length], after: selection }));

  // The three agree on what they keep before they are timed.
  for (const { before, after } of steps) {
    const counts = [runFilters(index, after).count, engine.update(before, after).count];
    if (n <= 100_000) counts.push(naiveFilter(cooperations, keys, after).count);
    if (new Set(counts).size !== 1) throw new Error(`filter-facets: kept counts differ: ${counts.join(' / ')}`);
  }

  const ours = { name: 'runFilters', run: () => cycle.map((selection) => runFilters(index, selection)) };
  const results = [await compare('filter-facets', n, ours, { name: 'crossfilter2', run: () => steps.map(({ before, after }) => engine.update(before, after)) })];
  // The naive way takes seconds per change at a million records; it is left out there.
  if (n <= 100_000) results.push(await compare('filter-facets', n, ours, { name: 'Array.filter', run: () => cycle.map((s) => naiveFilter(cooperations, keys, s)) }));
  return results.map((result) => ({ ...result, ms: result.ms / cycle.length, baselineMs: result.baselineMs / cycle.length }));
}

/** Heap retained per cooperation by our index, and by crossfilter2's dimensions and groups for the same facets. */
export function filterMemory(data: Dataset) {
  const keys = facetKeys(data);
  return {
    index: retainedBytesPerRecord(data.n, () => buildIndex(data.cooperations, data.continentOf, data.currentYear)),
    crossfilter2: retainedBytesPerRecord(data.n, () => crossfilterEngine(data.cooperations, keys)),
  };
}
