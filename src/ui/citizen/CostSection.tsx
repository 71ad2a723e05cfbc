import { formatEuros, formatNumber, t } from '../../i18n';
import { bandLabel, kindLabel } from '../../i18n/labels';
import type { CollectivityProfile, PeerCost } from '../../model/collectivity-profile';
import { SMALL_SAMPLE } from '../../model/stats-headline';
import { formatEurosWithCents } from './labels';
import { Fact, Section } from './Section';

/** The median of collectivities of the same kind and size, with how many it stands on. */
function PeerCostLine({ peers }: { peers: PeerCost }) {
  const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  const group = { kind: lowerFirst(kindLabel(peers.kind)), band: lowerFirst(bandLabel(peers.band)) };
  if (peers.medianEurPerInhabitant === null) return <p class="citizen-muted">{t('citizen.cost.peersNone', group)}</p>;
  return (
    <p class="citizen-compare-cost" data-testid="peer-median" data-value={peers.medianEurPerInhabitant} data-count={peers.collectivities}>
      {t('citizen.cost.peers', { ...group, amount: formatEurosWithCents(peers.medianEurPerInhabitant), count: formatNumber(peers.collectivities) })}
      {peers.collectivities < SMALL_SAMPLE && ` ${t('citizen.cost.peersFew')}`}
    </p>
  );
}

/** The yearly cost of the cooperations in progress, per inhabitant beside that of comparable collectivities, and who pays: only figures the data gives. */
export function CostSection({ profile, peers }: { profile: CollectivityProfile; peers: PeerCost | null }) {
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
          {cost.eurPerInhabitant !== null && peers && <PeerCostLine peers={peers} />}
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
