import { formatNumber, t } from '../i18n';

/** The number of cooperations the map represents, for people and for tests (data-count). */
export function ResultCount({ count }: { count: number }) {
  const text = count === 0 ? t('count.zero') : count === 1 ? t('count.one') : t('count.cooperations', { count: formatNumber(count) });
  return (
    <p class="result-count" data-testid="result-count" data-count={String(count)} aria-live="polite">
      {text}
    </p>
  );
}
