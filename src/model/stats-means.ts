/** "With what means": the collectivities' declared external-action budgets and services, as the study asks them. */
import type { Cooperation } from '../domain/cooperation';
import { medianOf } from './stats-budget';
import type { Proportion } from './stats-study';

export interface CollectivityMeans {
  /** Collectivities with a declared yearly external-action budget (`budget_aect`). */
  aectKnown: number;
  aectMedianEur: number | null;
  aectMeanEur: number | null;
  /** Declared budgets below 10,000 EUR, and from 250,000 to 500,000 EUR, of `aectKnown`. */
  aectBelow10k: number;
  aect250kTo500k: number;
  /** Collectivities with an international relations service, of those who say whether they have one. */
  riService: Proportion;
  /** Of those with an RI service, those with a separate Europe service. */
  europeService: Proportion;
}

const count = (values: readonly number[], test: (value: number) => boolean) => values.filter(test).length;

/** `collectivities`: one record per collectivity, carrying its profile. */
export function collectivityMeans(collectivities: readonly Cooperation[]): CollectivityMeans {
  const budgets = collectivities.flatMap((c) => (c.aectBudgetEur !== null && Number.isFinite(c.aectBudgetEur) ? [c.aectBudgetEur] : []));
  const declaringRi = collectivities.filter((c) => c.riService !== null);
  const withRi = declaringRi.filter((c) => c.riService);
  const declaringEurope = withRi.filter((c) => c.europeService !== null);
  return {
    aectKnown: budgets.length,
    aectMedianEur: medianOf(budgets),
    aectMeanEur: budgets.length === 0 ? null : budgets.reduce((sum, b) => sum + b, 0) / budgets.length,
    aectBelow10k: count(budgets, (b) => b < 10_000),
    aect250kTo500k: count(budgets, (b) => b >= 250_000 && b <= 500_000),
    riService: { count: withRi.length, total: declaringRi.length },
    europeService: { count: declaringEurope.filter((c) => c.europeService).length, total: declaringEurope.length },
  };
}
