import { formatNumber } from '../../../i18n';

/** The view's key figures; `count` (data-count) is the number of places listed, which the browser tests read. */
export function SummaryFigures({ count, figures }: { count: number; figures: readonly { label: string; value: number }[] }) {
  return (
    <dl class="overlaps-summary" data-testid="overlap-count" data-count={count}>
      {figures.map(({ label, value }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
