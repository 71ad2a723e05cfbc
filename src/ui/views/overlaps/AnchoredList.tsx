import { useState } from 'preact/hooks';
import { formatNumber, t } from '../../../i18n';
import type { AnchoredOverlap, NearbyMember, PoolingMember } from '../../../model/overlaps-anchored';
import { atlasSearch, citizenPageSearch } from '../../citizen/links';
import { EntryHead } from './EntryHead';
import { memberFacts, type OverlapLabels } from './labels';
import type { OverlapActions } from './OverlapList';
import { ShowMore } from './paging';

const PAGE = 50;
/** Others shown at first at one place: a capital may have hundreds within reach. */
const OTHERS_SHOWN = 12;

interface Props extends OverlapActions {
  overlaps: readonly AnchoredOverlap[];
  labels: OverlapLabels;
  onAnchor: (code: string) => void;
}

type MemberProps = Pick<Props, 'labels' | 'showCollectivity' | 'onAnchor'> & { member: PoolingMember | NearbyMember };

function Member({ member, labels, showCollectivity, onAnchor }: MemberProps) {
  const nearby = 'distanceKm' in member ? member : null;
  return (
    <li data-testid="anchored-member" data-code={member.code}>
      <a
        href={atlasSearch(member.code)}
        class="link"
        onClick={(event) => {
          event.preventDefault();
          showCollectivity(member.code);
        }}
      >
        {member.name}
      </a>
      {nearby && (
        <span class="overlaps-distance" data-km={Math.round(nearby.distanceKm)}>
          {' '}
          {nearby.distanceKm < 0.5 ? labels.distance(0) : `${labels.distance(nearby.distanceKm)}, ${nearby.placeName}`}
        </span>
      )}
      <span class="overlaps-meta"> {memberFacts(member, labels)}</span>
      {member.themes.length > 0 && <span class="overlaps-themes">{member.themes.map(labels.theme).join(', ')}</span>}
      {member.actors.length > 0 && <span class="overlaps-themes">{t('overlaps.actors', { actors: member.actors.join(', ') })}</span>}
      <span class="overlaps-links">
        <a href={citizenPageSearch(member.code)}>{t('overlaps.citizenPage')}</a>
        <button type="button" class="link" onClick={() => onAnchor(member.code)}>
          {t('overlaps.anchor.here')}
        </button>
      </span>
    </li>
  );
}

function Others({ others, ...props }: Omit<MemberProps, 'member'> & { others: readonly NearbyMember[] }) {
  const [all, setAll] = useState(false);
  return (
    <>
      <ul class="overlaps-members anchored-others">
        {(all ? others : others.slice(0, OTHERS_SHOWN)).map((m) => (
          <Member key={m.code} member={m} {...props} />
        ))}
      </ul>
      {others.length > OTHERS_SHOWN && (
        <button type="button" class="link overlaps-toggle" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('overlaps.fewerMembers') : t('overlaps.moreMembers', { count: formatNumber(others.length - OTHERS_SHOWN) })}
        </button>
      )}
    </>
  );
}

function Entry({ overlap, labels, showPlace, ...member }: Omit<Props, 'overlaps'> & { overlap: AnchoredOverlap }) {
  const where = labels.where(overlap);
  return (
    <li class="overlaps-entry" data-testid="anchored-place" data-key={overlap.key} data-anchor-members={overlap.anchorMembers.length} data-others={overlap.others.length}>
      <EntryHead
        where={where}
        badge={t('overlaps.anchored.count', { anchor: formatNumber(overlap.anchorMembers.length), others: formatNumber(overlap.others.length) })}
        placeKey={overlap.key}
        since={overlap.since}
        sharedThemes={overlap.sharedThemes}
        labels={labels}
        showPlace={showPlace}
      />
      <h5>{t('overlaps.anchored.ours')}</h5>
      <ul class="overlaps-members anchored-ours">
        {overlap.anchorMembers.map((m) => (
          <Member key={m.code} member={m} labels={labels} {...member} />
        ))}
      </ul>
      <h5>{t('overlaps.anchored.others')}</h5>
      <Others others={overlap.others} labels={labels} {...member} />
    </li>
  );
}

/** The anchor's partner places where others work too or close by, best pooling prospects first, fifty at a time. */
export function AnchoredList({ overlaps, ...props }: Props) {
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ol class="overlaps-list" data-testid="anchored-list">
        {overlaps.slice(0, shown).map((overlap) => (
          <Entry key={overlap.key} overlap={overlap} {...props} />
        ))}
      </ol>
      <ShowMore shown={Math.min(shown, overlaps.length)} total={overlaps.length} step={PAGE} onMore={() => setShown(shown + PAGE)} />
    </>
  );
}
