import type { Cooperation } from '../domain/cooperation';
import type { CategoryFacetId } from '../domain/facets';

/** What a dataset may lack entirely: the twinnings of Wikipedia give neither themes, nor budgets, nor anything the typology rests on. */
export type DatasetGap = 'themes' | 'budgets' | 'typology';

const noThemes = (c: Cooperation) => c.themes.length === 0;
const noBudget = (c: Cooperation) => c.annualBudgetEur === null && c.aectBudgetEur === null;
const noProfile = (c: Cooperation) =>
  c.typology === null && c.riService === null && c.europeService === null && c.motivation === null && noThemes(c) && noBudget(c);

/** The fields that no cooperation of the dataset gives: views that need them say so instead of drawing zeros. */
export function datasetGaps(cooperations: readonly Cooperation[]): ReadonlySet<DatasetGap> {
  const gaps = new Set<DatasetGap>();
  if (cooperations.every(noThemes)) gaps.add('themes');
  if (cooperations.every(noBudget)) gaps.add('budgets');
  if (cooperations.every(noProfile)) gaps.add('typology');
  return gaps;
}

const GAP_OF_FACET: Partial<Record<CategoryFacetId, DatasetGap>> = { theme: 'themes', typology: 'typology' };

/** A facet whose field the dataset lacks entirely: its filter and its chart would show only zeros. */
export function lacksFacet(gaps: ReadonlySet<DatasetGap>, facet: CategoryFacetId): boolean {
  const gap = GAP_OF_FACET[facet];
  return gap !== undefined && gaps.has(gap);
}
