import { useMemo } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '../../i18n';
import { computeStats } from '../../model/stats';
import { HEADLINE_FIGURE_IDS, headlineFigures } from '../../model/stats-headline';
import { encodeState } from '../../state/url-codec';
import { lacksFacet } from '../../model/dataset-gaps';
import { facetValueLabel } from '../facet-labels';
import type { ViewProps } from './registry';
import { BarChart, type Bar } from './stats/BarChart';
import { BreakdownChart, chartSpecs, type BreakdownChartSpec } from './stats/BreakdownChart';
import { BudgetFigures } from './stats/BudgetFigures';
import { useFrenchTerritory } from './stats/french-territory';
import { formatMean } from './stats/format';
import { HeadlineFigures } from './stats/HeadlineFigures';
import { scopeOf } from './stats/scope';
import { StudyComparison } from './stats/StudyComparison';

const COOPERATION_CHARTS = ['country', 'continent', 'theme', 'nature', 'typology', 'region'] as const;
const COLLECTIVITY_CHARTS = ['kind', 'population'] as const;

/** The figures to quote first, then the charts, the budgets, and the ACTER study's figures beside ours where they answer the same question. */
export default function StatsView({ store, countryName }: ViewProps) {
  const filtered = store.filtered.value;
  const state = store.state.value;
  const { gaps } = store;
  const territory = useFrenchTerritory();
  const stats = useMemo(() => computeStats(store.index, filtered.mask, { territory }), [store, filtered, territory]);
  const scope = scopeOf(state.filters);
  const charts = chartSpecs(stats);
  const chartOf = (counted: MessageKey) => (chart: BreakdownChartSpec) => <BreakdownChart key={chart.facet} chart={chart} counted={counted} countryName={countryName} />;
  const given = (id: (typeof COOPERATION_CHARTS)[number]) => !lacksFacet(gaps, id);

  const perCollectivityBars: Bar[] = stats.meanPerCollectivityByPopulation.map(({ value, collectivities, cooperations, mean }) => ({
    key: value,
    label: facetValueLabel('population', value, countryName),
    value: mean,
    text: formatMean(mean),
    cells: [formatNumber(collectivities), formatNumber(cooperations), formatMean(mean)],
    values: [collectivities, cooperations, Math.round(mean * 100) / 100],
  }));

  return (
    <div class="stats-view">
      <h2>{t('nav.statistiques')}</h2>
      <p class="stats-total" data-testid="stats-total" data-count={stats.cooperations}>
        {t('stats.total', { count: formatNumber(stats.cooperations), collectivities: formatNumber(stats.collectivities) })}
      </p>
      {stats.cooperations === 0 ? (
        <p>{t('stats.empty')}</p>
      ) : (
        <>
          <HeadlineFigures figures={headlineFigures(stats)} scope={scope} ids={HEADLINE_FIGURE_IDS} />
          {[...gaps].map((gap) => (
            <p key={gap} class="dataset-gap" role="note" data-testid="dataset-gap">
              {t(`dataset.lacks.${gap}`)}
            </p>
          ))}
          <p class="stats-report-link">
            {scope.name === null ? (
              t('stats.report.hint')
            ) : (
              <a href={encodeState({ ...state, page: 'region' })} data-testid="open-report">
                {t('stats.report.open', { name: scope.name })}
              </a>
            )}
          </p>
          <section class="stats-section" aria-labelledby="stats-cooperations-title">
            <h3 id="stats-cooperations-title">{t('stats.section.cooperations')}</h3>
            <div class="stats-grid">{COOPERATION_CHARTS.filter(given).map((id) => chartOf('stats.cooperations')(charts[id]))}</div>
          </section>
          <section class="stats-section" aria-labelledby="stats-collectivities-title">
            <h3 id="stats-collectivities-title">{t('stats.section.collectivities')}</h3>
            <div class="stats-grid">
              {COLLECTIVITY_CHARTS.map((id) => chartOf('stats.collectivities')(charts[id]))}
              <BarChart
                title={t('stats.chart.perCollectivity')}
                headers={[t('filters.population'), t('stats.collectivities'), t('stats.cooperations'), t('stats.mean')]}
                bars={perCollectivityBars}
              />
            </div>
          </section>
          {!gaps.has('budgets') && <BudgetFigures budget={stats.budget} cooperations={stats.cooperations} />}
          <StudyComparison stats={stats} countryName={countryName} withThemes={!gaps.has('themes')} />
        </>
      )}
    </div>
  );
}
