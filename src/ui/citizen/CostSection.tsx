import { formatEuros, formatNumber, t } from '../../i18n';
import type { CollectivityProfile } from '../../model/collectivity-profile';
import { formatEurosWithCents } from './labels';
import { Fact, Section } from './Section';

/** The yearly cost of the cooperations in progress, per inhabitant, and who pays: only figures the data gives. */
export function CostSection({ profile }: { profile: CollectivityProfile }) {
  const { cost, fundings } = profile;
  return (
    <Section id="citizen-cost" title={t('citizen.cost.title')}>
      {cost === null ? (
        <p>{t('citizen.cost.unknown')}</p>
      ) : (
        <>
          <p class="citizen-figure">
            <span class="citizen-figure-label">{t('citizen.cost.total')}</span>
            <strong data-testid="annual-budget" data-eur={cost.totalEur}>
              {formatEuros(cost.totalEur)}
            </strong>
          </p>
          {cost.eurPerInhabitant !== null && (
            <p class="citizen-per-inhabitant" data-testid="per-inhabitant" data-per-inhabitant={cost.eurPerInhabitant}>
              {t('citizen.cost.perInhabitant', { amount: formatEurosWithCents(cost.eurPerInhabitant) })}
            </p>
          )}
          {cost.known < cost.active && (
            <p class="citizen-muted">{t('citizen.cost.coverage', { known: formatNumber(cost.known), active: formatNumber(cost.active) })}</p>
          )}
        </>
      )}
      {fundings.length > 0 && (
        <dl class="citizen-facts">
          <Fact term={t('citizen.cost.fundings')}>{fundings.join(', ')}</Fact>
        </dl>
      )}
    </Section>
  );
}
