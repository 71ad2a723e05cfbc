import type { ComponentChildren } from 'preact';
import { t } from '../../../i18n';
import type { ThemeId } from '../../../domain/themes';
import type { OverlapLabels } from './labels';

interface Props {
  where: string;
  badge: string;
  /** The place to show on the map; null for a country. */
  placeKey: string | null;
  since: number | null;
  sharedThemes: readonly ThemeId[];
  labels: OverlapLabels;
  showPlace: (key: string) => void;
  /** More facts after the shared themes. */
  children?: ComponentChildren;
}

/** The head of a listed place or country: its name, a count, the way to the map, since when and the shared themes. */
export function EntryHead({ where, badge, placeKey, since, sharedThemes, labels, showPlace, children }: Props) {
  return (
    <>
      <div class="overlaps-entry-head">
        <h4>{where}</h4>
        <span class="overlaps-badge">{badge}</span>
        {placeKey !== null && (
          <button type="button" class="overlaps-show" aria-label={t('overlaps.showPlaceOnMap', { place: where })} onClick={() => showPlace(placeKey)}>
            {t('overlaps.showOnMap')}
          </button>
        )}
      </div>
      <dl class="overlaps-facts">
        <dt>{t('overlaps.since')}</dt>
        <dd>{since ?? t('overlaps.unknownYear')}</dd>
        <dt>{t('overlaps.sharedThemes')}</dt>
        <dd>{sharedThemes.length > 0 ? sharedThemes.map(labels.theme).join(', ') : t('overlaps.noSharedTheme')}</dd>
        {children}
      </dl>
    </>
  );
}
