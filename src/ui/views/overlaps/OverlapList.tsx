import { useState } from 'preact/hooks';
import { formatNumber, t } from '../../../i18n';
import type { Overlap, OverlapMember } from '../../../model/overlaps';
import { EntryHead } from './EntryHead';
import { memberFacts, type OverlapLabels } from './labels';
import { ShowMore } from './paging';

const PAGE = 100;
/** Members shown at first in one entry: a country may have hundreds. */
const MEMBERS_SHOWN = 8;

export interface OverlapActions {
  showCollectivity: (code: string) => void;
  showPlace: (key: string) => void;
}

interface Props extends OverlapActions {
  overlaps: readonly Overlap[];
  labels: OverlapLabels;
}

/** A collectivity as a button that opens it on the map. */
export function MemberButton({ member, onClick }: { member: Pick<OverlapMember, 'code' | 'name'>; onClick: (code: string) => void }) {
  return (
    <button type="button" class="link" onClick={() => onClick(member.code)}>
      {member.name}
    </button>
  );
}

function Members({ members, labels, showCollectivity }: { members: readonly OverlapMember[]; labels: OverlapLabels; showCollectivity: (code: string) => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? members : members.slice(0, MEMBERS_SHOWN);
  return (
    <>
      <ul class="overlaps-members">
        {shown.map((member) => (
          <li key={member.code}>
            <MemberButton member={member} onClick={showCollectivity} />
            <span class="overlaps-meta">
              {' '}
              {memberFacts(member, labels)}
            </span>
            {member.themes.length > 0 && <span class="overlaps-themes">{member.themes.map(labels.theme).join(', ')}</span>}
          </li>
        ))}
      </ul>
      {members.length > MEMBERS_SHOWN && (
        <button type="button" class="link overlaps-toggle" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('overlaps.fewerMembers') : t('overlaps.moreMembers', { count: formatNumber(members.length - MEMBERS_SHOWN) })}
        </button>
      )}
    </>
  );
}

function Entry({ overlap, labels, showCollectivity, showPlace }: Omit<Props, 'overlaps'> & { overlap: Overlap }) {
  const where = labels.where(overlap);
  return (
    <li class="overlaps-entry">
      <EntryHead
        where={where}
        badge={t('overlaps.count', { count: formatNumber(overlap.members.length) })}
        placeKey={overlap.level === 'place' ? overlap.key : null}
        since={overlap.since}
        sharedThemes={overlap.sharedThemes}
        labels={labels}
        showPlace={showPlace}
      >
        <dt>{t('overlaps.regions')}</dt>
        <dd>{overlap.regions.map(labels.region).join(', ')}</dd>
      </EntryHead>
      <Members members={overlap.members} labels={labels} showCollectivity={showCollectivity} />
    </li>
  );
}

/** The shared places or countries, most French collectivities first, rendered a hundred at a time. */
export function OverlapList({ overlaps, ...props }: Props) {
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ol class="overlaps-list">
        {overlaps.slice(0, shown).map((overlap) => (
          <Entry key={overlap.key} overlap={overlap} {...props} />
        ))}
      </ol>
      <ShowMore shown={Math.min(shown, overlaps.length)} total={overlaps.length} step={PAGE} onMore={() => setShown(shown + PAGE)} />
    </>
  );
}
