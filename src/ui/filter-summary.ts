import { t } from '../i18n';
import type { AppState } from '../domain/app-state';
import { CATEGORY_FACET_IDS, type CategoryFacetId } from '../domain/facets';

/** How the summary names what the address holds. */
export interface SummaryNames {
  facet: (facet: CategoryFacetId, value: string) => string;
  collectivity: (code: string) => string;
  place: (key: string) => string;
}

function yearsPart(years: AppState['years']): string | null {
  if (years === null || (years.from === null && years.to === null)) return null;
  if (years.from === null) return t('summary.yearsTo', { to: years.to! });
  if (years.to === null) return t('summary.yearsFrom', { from: years.from });
  return t('summary.years', { from: years.from, to: years.to });
}

/**
 * What the map is filtered on and what it selects, one part per facet in the registry's order
 * ("Sénégal · Eau et assainissement"): the read-only line of an embed. Empty when nothing is.
 */
export function filterSummary(state: AppState, names: SummaryNames): string[] {
  const facets = CATEGORY_FACET_IDS.filter((id) => state.filters[id].length > 0).map((id) => state.filters[id].map((value) => names.facet(id, value)).join(', '));
  const selected = state.ct !== null ? names.collectivity(state.ct) : state.place !== null ? names.place(state.place) : null;
  return [...facets, yearsPart(state.years), selected].filter((part): part is string => part !== null);
}
