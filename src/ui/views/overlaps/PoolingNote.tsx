import { formatNumber, locale, t } from '../../../i18n';
import type { AnchoredOverlap, PoolingMember } from '../../../model/overlaps-anchored';
import { absoluteUrl, atlasSearch, citizenPageSearch } from '../../citizen/links';
import type { OverlapLabels } from './labels';

/** What one printed A4 page holds in the note's small type: places, and collectivities named per side and place. */
export const NOTE_PLACES = 4;
const NOTE_MEMBERS = 3;
const NOTE_THEMES = 3;

interface Props {
  overlaps: readonly AnchoredOverlap[];
  labels: OverlapLabels;
  /** "Bretagne, à 50 km". */
  title: string;
}

function Who({ member, labels, where }: { member: PoolingMember; labels: OverlapLabels; where?: string }) {
  const themes = member.themes.slice(0, NOTE_THEMES).map(labels.theme).join(', ');
  return (
    <li>
      <strong>{member.name}</strong>
      {where && ` (${where})`} — {labels.since(member.since)}
      {themes && `, ${themes}`}
      {member.actors.length > 0 && ` — ${t('overlaps.actors', { actors: member.actors.slice(0, 2).join(', ') })}`}
      <span class="pooling-note-links">
        {' '}
        {t('overlaps.note.card')} {atlasSearch(member.code)} · {t('overlaps.citizenPage')} {citizenPageSearch(member.code)}
      </span>
    </li>
  );
}

function More({ count }: { count: number }) {
  return count > 0 ? <li class="pooling-note-more">{t('overlaps.note.more', { count: formatNumber(count) })}</li> : null;
}

/** The one-page note a network brings to a meeting: shown only when printed. */
export function PoolingNote({ overlaps, labels, title }: Props) {
  const printed = overlaps.slice(0, NOTE_PLACES);
  return (
    <section class="pooling-note" data-testid="pooling-note" aria-hidden="true">
      <h2>{t('overlaps.note.title', { title })}</h2>
      <p class="pooling-note-meta">
        {t('overlaps.note.meta', { shown: formatNumber(printed.length), total: formatNumber(overlaps.length), date: new Date().toLocaleDateString(locale()) })} ·{' '}
        {t('overlaps.note.links', { url: absoluteUrl('') })}
      </p>
      <ol>
        {printed.map((overlap) => (
          <li key={overlap.key} class="pooling-note-place">
            <h3>
              {labels.where(overlap)} · {t('overlaps.since')} {overlap.since ?? t('overlaps.unknownYear')} ·{' '}
              {overlap.sharedThemes.length > 0 ? overlap.sharedThemes.slice(0, NOTE_THEMES).map(labels.theme).join(', ') : t('overlaps.noSharedTheme')}
            </h3>
            <ul>
              {overlap.anchorMembers.slice(0, NOTE_MEMBERS).map((member) => (
                <Who key={member.code} member={member} labels={labels} />
              ))}
              <More count={overlap.anchorMembers.length - NOTE_MEMBERS} />
              {overlap.others.slice(0, NOTE_MEMBERS).map((member) => (
                <Who key={member.code} member={member} labels={labels} where={member.distanceKm < 0.5 ? labels.distance(0) : `${labels.distance(member.distanceKm)}, ${member.placeName}`} />
              ))}
              <More count={overlap.others.length - NOTE_MEMBERS} />
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
