import { useMemo } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '../../i18n';
import { type CategoryFacetId, COLOR_ATTRIBUTES, type ColorAttribute } from '../../domain/facets';
import { computeStats, type CooperationStats } from '../../model/stats';
import { HEADLINE_FIGURE_IDS, headlineFigures } from '../../model/stats-headline';
import type { Breakdown } from '../../model/stats-tally';
import { encodeState } from '../../state/url-codec';
import { facetValueLabel } from '../facet-labels';
import type { ViewProps } from './registry';
import { BarChart, type Bar } from './stats/BarChart';
import { breakdownBars } from './stats/breakdown-bars';
import { BudgetFigures } from './stats/BudgetFigures';
import { useCommuneEpci } from './stats/commune-epci';
import { formatMean } from './stats/format';
import { HeadlineFigures } from './stats/HeadlineFigures';
import { scopeOf } from './stats/scope';
import { StudyComparison } from './stats/StudyComparison';

interface BreakdownChart {
  facet: CategoryFacetId;
  title: MessageKey;
  note?: MessageKey;
  breakdown: Breakdown;
}

const cooperationCharts = (stats: CooperationStats): BreakdownChart[] => [
  { facet: 'country', title: 'stats.chart.country', breakdown: stats.byCountry },
  { facet: 'continent', title: 'stats.chart.continent', breakdown: stats.byContinent },
  { facet: 'theme', title: 'stats.chart.theme', note: 'stats.chart.themeNote', breakdown: stats.byTheme },
  { facet: 'nature', title: 'stats.chart.nature', breakdown: stats.byNature },
  { facet: 'typology', title: 'stats.chart.typology', breakdown: stats.byTypology },
  { facet: 'region', title: 'stats.chart.region', breakdown: stats.byRegion },
];

const collectivityCharts = (stats: CooperationStats): BreakdownChart[] => [
  { facet: 'kind', title: 'stats.chart.kind', breakdown: stats.collectivitiesByKind },
  { facet: 'population', title: 'stats.chart.population', breakdown: stats.collectivitiesByPopulation },
];

const isColorAttribute = (facet: CategoryFacetId): facet is ColorAttribute => (COLOR_ATTRIBUTES as readonly string[]).includes(facet);

/** The figures to quote first, then the charts, the budgets, and the ACTER study's figures beside ours where they answer the same question. */
export default function StatsView({ store, countryName }: ViewProps) {
  const filtered = store.filtered.value;
  const state = store.state.value;
  const epciOf = useCommuneEpci();
  const stats = useMemo(() => computeStats(store.index, filtered.mask, { epciOf }), [store, filtered, epciOf]);
  const scope = scopeOf(state.filters);
  const labelOf = (facet: CategoryFacetId) => (value: string) => facetValueLabel(facet, value, countryName);

  const chartOf = (counted: MessageKey) => (chart: BreakdownChart) => (
    <BarChart
      key={chart.facet}
      title={t(chart.title)}
      note={chart.note && t(chart.note)}
      headers={[t(`filters.${chart.facet}`), t(counted), t('stats.share')]}
      bars={breakdownBars(chart.breakdown, { label: labelOf(chart.facet), colorBy: isColorAttribute(chart.facet) ? chart.facet : undefined })}
    />
  );

  const perCollectivityBars: Bar[] = stats.meanPerCollectivityByPopulation.map(({ value, collectivities, cooperations, mean }) => ({
    key: value,
    label: labelOf('population')(value),
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
            <div class="stats-grid">{cooperationCharts(stats).map(chartOf('stats.cooperations'))}</div>
          </section>
          <section class="stats-section" aria-labelledby="stats-collectivities-title">
            <h3 id="stats-collectivities-title">{t('stats.section.collectivities')}</h3>
            <div class="stats-grid">
              {collectivityCharts(stats).map(chartOf('stats.collectivities'))}
              <BarChart
                title={t('stats.chart.perCollectivity')}
                headers={[t('filters.population'), t('stats.collectivities'), t('stats.cooperations'), t('stats.mean')]}
                bars={perCollectivityBars}
              />
            </div>
          </section>
          <BudgetFigures budget={stats.budget} cooperations={stats.cooperations} />
          <StudyComparison stats={stats} countryName={countryName} />
        </>
      )}
    </div>
  );
}
