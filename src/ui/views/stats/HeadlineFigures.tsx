import { formatEuros, formatNumber, t } from '../../../i18n';
import type { HeadlineFigureId, HeadlineFigures as Figures } from '../../../model/stats-headline';
import { formatShare } from './format';
import type { Scope } from './scope';

const LABELS: Record<HeadlineFigureId, Parameters<typeof t>[0]> = {
  cooperations: 'stats.headline.cooperations',
  collectivities: 'stats.headline.collectivities',
  countries: 'stats.headline.countries',
  'africa-share': 'stats.headline.africaShare',
  'budget-median': 'stats.headline.budgetMedian',
  'budget-total': 'stats.headline.budgetTotal',
  'years-engaged': 'stats.headline.yearsEngaged',
};

function formatFigure(id: HeadlineFigureId, value: number | null): string {
  if (value === null) return t('stats.notGiven');
  if (id === 'africa-share') return formatShare(value);
  if (id === 'budget-median' || id === 'budget-total') return formatEuros(value);
  return formatNumber(Math.round(value));
}

/** The sentence to quote as it stands: who, with how many countries, how much of it in Africa, for what median budget. */
export function quotableSentence(figures: Figures, scope: Scope): string {
  const cooperations = figures.cooperations ?? 0;
  const sentence = t(figures.collectivities === 1 ? 'stats.headline.sentenceOne' : 'stats.headline.sentence', {
    scope: scope.opening,
    collectivities: formatNumber(figures.collectivities ?? 0),
    countries: formatNumber(figures.countries ?? 0),
    cooperations: cooperations === 1 ? t('count.one') : t('count.cooperations', { count: formatNumber(cooperations) }),
    africa: formatShare(figures['africa-share']),
  });
  const median = figures['budget-median'];
  return median === null ? sentence : `${sentence} ${t('stats.headline.sentenceBudget', { median: formatEuros(median) })}`;
}

/** The figures one quotes, each readable by a test or a script through `data-figure` and its raw `data-value`. */
export function HeadlineFigures({ figures, scope, ids }: { figures: Figures; scope: Scope; ids: readonly HeadlineFigureId[] }) {
  return (
    <section class="stats-headline" aria-label={t('stats.headline.title')}>
      <dl class="stats-headline-figures">
        {ids.map((id) => (
          <div key={id} data-figure={id} data-value={figures[id] ?? ''}>
            <dt>{t(LABELS[id])}</dt>
            <dd>{formatFigure(id, figures[id])}</dd>
          </div>
        ))}
      </dl>
      <p class="stats-quote" data-figure="sentence">
        {quotableSentence(figures, scope)}
      </p>
    </section>
  );
}
