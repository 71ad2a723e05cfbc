import type { Cooperation } from '../domain/cooperation';
import { facet, type CategoryFacetId, type DatasetGap } from '../domain/facets';

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

/** A facet whose field the dataset lacks entirely: its filter and its chart would show only zeros. */
export function lacksFacet(gaps: ReadonlySet<DatasetGap>, id: CategoryFacetId): boolean {
  const gap = facet(id).needs;
  return gap !== undefined && gaps.has(gap);
}
