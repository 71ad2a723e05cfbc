import { formatNumber, t } from '../../../i18n';

/** "Show more" under a long list that renders only its first items. */
export function ShowMore({ shown, total, step, onMore }: { shown: number; total: number; step: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p class="overlaps-more">
      <span>{t('overlaps.shown', { shown: formatNumber(shown), total: formatNumber(total) })}</span>
      <button type="button" onClick={onMore}>
        {t('overlaps.showMore', { count: formatNumber(Math.min(step, total - shown)) })}
      </button>
    </p>
  );
}
