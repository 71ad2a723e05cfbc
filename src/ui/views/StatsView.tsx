import { useMemo } from 'preact/hooks';
import { formatNumber, t } from '../../i18n';
import type { CategoryFacetId } from '../../model/crossfilter';
import { computeStats } from '../../model/stats';
import { facetValueLabel } from '../facet-labels';
import type { ViewProps } from './registry';
import { BarChart, type Bar } from './stats/BarChart';
import { breakdownBars } from './stats/breakdown-bars';
import { BudgetFigures } from './stats/BudgetFigures';
import { formatMean } from './stats/format';
import { StudyComparison } from './stats/StudyComparison';

/** Statistics of the filtered cooperations, with the ACTER study's figures beside ours where they answer the same question. */
export default function StatsView({ store, countryName }: ViewProps) {
  const filtered = store.filtered.value;
  const stats = useMemo(() => computeStats(store.index, filtered.mask), [store, filtered]);
  const labelOf = (facet: CategoryFacetId) => (value: string) => facetValueLabel(facet, value, countryName);
  const cooperationHeaders = (category: string): [string, ...string[]] => [category, t('stats.cooperations'), t('stats.share')];
  const collectivityHeaders = (category: string): [string, ...string[]] => [category, t('stats.collectivities'), t('stats.share')];

  const perCollectivityBars: Bar[] = stats.meanPerCollectivityByPopulation.map(({ value, collectivities, cooperations, mean }) => ({
    key: value,
    label: labelOf('population')(value),
    value: mean,
    text: formatMean(mean),
    cells: [formatNumber(collectivities), formatNumber(cooperations), formatMean(mean)],
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
          <StudyComparison stats={stats} countryName={countryName} />
          <section class="stats-section" aria-labelledby="stats-cooperations-title">
            <h3 id="stats-cooperations-title">{t('stats.section.cooperations')}</h3>
            <div class="stats-grid">
              <BarChart
                title={t('stats.chart.country')}
                headers={cooperationHeaders(t('filters.country'))}
                bars={breakdownBars(stats.byCountry, { label: countryName })}
              />
              <BarChart
                title={t('stats.chart.continent')}
                headers={cooperationHeaders(t('filters.continent'))}
                bars={breakdownBars(stats.byContinent, { label: labelOf('continent'), colorBy: 'continent' })}
              />
              <BarChart
                title={t('stats.chart.theme')}
                note={t('stats.chart.themeNote')}
                headers={cooperationHeaders(t('filters.theme'))}
                bars={breakdownBars(stats.byTheme, { label: labelOf('theme'), colorBy: 'theme' })}
              />
              <BarChart
                title={t('stats.chart.nature')}
                headers={cooperationHeaders(t('filters.nature'))}
                bars={breakdownBars(stats.byNature, { label: labelOf('nature'), colorBy: 'nature' })}
              />
              <BarChart
                title={t('stats.chart.typology')}
                headers={cooperationHeaders(t('filters.typology'))}
                bars={breakdownBars(stats.byTypology, { label: labelOf('typology'), colorBy: 'typology' })}
              />
              <BarChart
                title={t('stats.chart.region')}
                headers={cooperationHeaders(t('filters.region'))}
                bars={breakdownBars(stats.byRegion, { label: labelOf('region') })}
              />
            </div>
          </section>
          <section class="stats-section" aria-labelledby="stats-collectivities-title">
            <h3 id="stats-collectivities-title">{t('stats.section.collectivities')}</h3>
            <div class="stats-grid">
              <BarChart
                title={t('stats.chart.kind')}
                headers={collectivityHeaders(t('filters.kind'))}
                bars={breakdownBars(stats.collectivitiesByKind, { label: labelOf('kind') })}
              />
              <BarChart
                title={t('stats.chart.population')}
                headers={collectivityHeaders(t('filters.population'))}
                bars={breakdownBars(stats.collectivitiesByPopulation, { label: labelOf('population') })}
              />
              <BarChart
                title={t('stats.chart.perCollectivity')}
                headers={[t('filters.population'), t('stats.collectivities'), t('stats.cooperations'), t('stats.mean')]}
                bars={perCollectivityBars}
              />
            </div>
          </section>
          <BudgetFigures budget={stats.budget} cooperations={stats.cooperations} />
        </>
      )}
    </div>
  );
}
