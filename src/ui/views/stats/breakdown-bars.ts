import { formatNumber, t } from '../../../i18n';
import { colorLookup, cssColor, UNKNOWN_COLOR } from '../../../map/palette';
import type { Breakdown } from '../../../model/stats-tally';
import type { ColorAttribute } from '../../../domain/facets';
import type { Bar } from './BarChart';
import { formatShare } from './format';

interface Options {
  label: (value: string) => string;
  /** The map's colours for this kind of category, where it has some. */
  colorBy?: ColorAttribute;
}

/** One bar per category met, then the others and the unknown; each with its count and its share of the total. */
export function breakdownBars({ rows, other, unknown, total }: Breakdown, { label, colorBy }: Options): Bar[] {
  const colorOf = colorBy && colorLookup(colorBy);
  const bar = (key: string, name: string, count: number, color?: string): Bar => {
    const ratio = total === 0 ? null : count / total;
    const share = formatShare(ratio);
    const values = [count, ratio === null ? '' : Math.round(ratio * 1000) / 1000];
    return { key, label: name, value: count, text: t('stats.countAndShare', { count: formatNumber(count), share }), cells: [formatNumber(count), share], values, color };
  };
  const bars = rows.map(({ value, count }) => bar(value, label(value), count, colorOf && cssColor(colorOf(value))));
  if (other > 0) bars.push(bar('other', t('stats.other'), other));
  if (unknown > 0) bars.push(bar('unknown', t('filters.unknown'), unknown, cssColor(UNKNOWN_COLOR)));
  return bars;
}
