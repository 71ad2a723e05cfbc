import { formatEuros, formatNumber, t } from '../../../i18n';
import type { BudgetStats } from '../../../model/stats-budget';

/** Median, total and per-inhabitant annual budgets, each with what it covers; "non renseigné" where no budget is known. */
export function BudgetFigures({ budget, cooperations }: { budget: BudgetStats; cooperations: number }) {
  const { known, totalEur, medianEur, perInhabitant } = budget;
  const euros = (value: number | null) => (value === null || known === 0 ? t('stats.notGiven') : formatEuros(value));
  return (
    <section class="stats-section" aria-labelledby="stats-budget-title">
      <h3 id="stats-budget-title">{t('stats.section.budgets')}</h3>
      <dl class="stats-figures" data-testid="stats-budget" data-known={known}>
        <div>
          <dt>{t('stats.budget.median')}</dt>
          <dd>{euros(medianEur)}</dd>
        </div>
        <div>
          <dt>{t('stats.budget.total')}</dt>
          <dd>{euros(totalEur)}</dd>
        </div>
        <div data-figure="budget-per-inhabitant" data-value={perInhabitant?.eurPerInhabitant ?? ''}>
          <dt>{t('stats.budget.perInhabitant')}</dt>
          <dd>{euros(perInhabitant?.eurPerInhabitant ?? null)}</dd>
        </div>
      </dl>
      <p class="stats-note">{t('stats.budget.known', { count: formatNumber(known), total: formatNumber(cooperations) })}</p>
      {perInhabitant && (
        <p class="stats-note" data-testid="per-inhabitant-divisor" data-population={perInhabitant.population}>
          {t('stats.budget.perInhabitantNote', {
            budget: formatEuros(perInhabitant.budgetEur),
            collectivities: formatNumber(perInhabitant.collectivities),
            population: formatNumber(perInhabitant.population),
            nested: formatNumber(perInhabitant.nested),
          })}
        </p>
      )}
    </section>
  );
}
