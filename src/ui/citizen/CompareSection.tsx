import { Fragment } from 'preact';
import { TYPOLOGY_LABELS, type TypologyId } from '../../domain/typology';
import { formatNumber, t } from '../../i18n';
import { bandLabel, kindLabel } from '../../i18n/labels';
import type { Store } from '../../state/store';
import type { CollectivityProfile } from '../../model/collectivity-profile';
import { placeText } from './labels';
import { absoluteUrl, citizenPageSearch, overlapsSearch } from './links';
import { sameProfilePeers, sharedPlaces, type Peer } from '../../model/peers';
import { Section, ShortList } from './Section';

interface Props {
  store: Store;
  /** The collectivity's key in the store. */
  code: string;
  profile: CollectivityProfile;
  countryName: (iso2: string) => string;
  typology: TypologyId | null;
  /** Where links open: a new tab from an embedded page, so the host site stays. */
  target?: string;
}

const SHOWN_PEERS = 5;
const SHOWN_NEIGHBOURS = 4;

const cooperations = (count: number) => (count === 1 ? t('count.one') : t('count.cooperations', { count: formatNumber(count) }));

/** `printed`: the link prints its address, for the main list; the neighbours of each place would fill a page with them. */
function PeerLink({ peer, target, printed = false }: { peer: Peer; target?: string; printed?: boolean }) {
  return (
    <a href={absoluteUrl(citizenPageSearch(peer.code))} target={target} class={printed ? 'citizen-printed-link' : undefined}>
      {peer.name}
    </a>
  );
}

/** The collectivity among its peers: same kind and size, and those working with the same partners. */
export function CompareSection({ store, code, profile, countryName, typology, target }: Props) {
  const data = { cooperations: store.index.cooperations, byCollectivity: store.byCollectivity, byPlace: store.byPlace };
  const group = sameProfilePeers(data, code);
  const shared = sharedPlaces(data, code, profile.places);
  return (
    <Section id="citizen-compare" title={t('citizen.compare.title')}>
      {typology && <p>{t('citizen.compare.model', { model: TYPOLOGY_LABELS[typology], interest: t(`citizen.model.${typology}`) })}</p>}
      {group && (
        <>
          <h3>{t('citizen.compare.peers', { kind: kindLabel(group.kind), band: bandLabel(group.band) })}</h3>
          {group.peers.length === 0 ? (
            <p>{t('citizen.compare.peersNone')}</p>
          ) : (
            <>
              <p>{t('citizen.compare.peersCount', { count: formatNumber(group.peers.length) })}</p>
              <ul class="citizen-list" data-testid="peers">
                {group.peers.slice(0, SHOWN_PEERS).map((peer) => (
                  <li key={peer.code}>
                    <PeerLink peer={peer} target={target} printed /> <span class="citizen-muted">({cooperations(peer.count)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {shared.length > 0 && (
        <>
          <h3>{t('citizen.compare.samePlaces')}</h3>
          <ShortList
            items={shared}
            limit={6}
            render={({ place, others }) => (
              <li key={place.key}>
                {t('citizen.compare.samePlace', { place: placeText(place, countryName) })}{' '}
                {others.slice(0, SHOWN_NEIGHBOURS).map((peer, i) => (
                  <Fragment key={peer.code}>
                    {i > 0 && ', '}
                    <PeerLink peer={peer} target={target} />
                  </Fragment>
                ))}
                {others.length > SHOWN_NEIGHBOURS && ` ${t('citizen.compare.andMore', { count: formatNumber(others.length - SHOWN_NEIGHBOURS) })}`}
                {' — '}
                <a href={absoluteUrl(overlapsSearch(place.key))} target={target}>
                  {t('citizen.compare.overlaps')}
                </a>
              </li>
            )}
          />
        </>
      )}
    </Section>
  );
}
