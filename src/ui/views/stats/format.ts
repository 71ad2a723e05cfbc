import { formatNumber, t } from '../../../i18n';

/** A share as a percentage with one decimal, in the interface language. */
export function formatShare(ratio: number | null): string {
  return ratio === null ? t('stats.noValue') : t('stats.percent', { value: formatNumber(Math.round(ratio * 1000) / 10) });
}

/** A mean with one decimal. */
export function formatMean(mean: number | null): string {
  return mean === null ? t('stats.noValue') : formatNumber(Math.round(mean * 10) / 10);
}
