import type { ComponentChildren } from 'preact';
import {
  STUDY_10K_TO_50K_SHARE,
  STUDY_AECT_250K_TO_500K_SHARE,
  STUDY_AECT_BELOW_10K_SHARE,
  STUDY_AECT_MEAN_EUR,
  STUDY_AECT_MEDIAN_EUR,
  STUDY_AFRICA_SHARE_OF_DECENTRALISED,
  STUDY_COOPERATIONS_PER_COLLECTIVITY,
  STUDY_EUROPE_SERVICE_OF_RI_SHARE,
  STUDY_OVER_10_YEARS,
  STUDY_OVER_20_YEARS,
  STUDY_RI_SERVICE_SHARE,
  STUDY_THEME_GROUPS,
} from '../../domain/study-figures';
import { formatEuros, formatNumber, t, type MessageKey } from '../../i18n';
import { themeLabel } from '../../i18n/labels';
import type { CooperationStats } from '../../model/stats';
import { ratio, themeGroupShare } from '../../model/stats-study';
import { BarChart } from '../views/stats/BarChart';
import { breakdownBars } from '../views/stats/breakdown-bars';
import { BreakdownChart, chartSpecs } from '../views/stats/BreakdownChart';
import { BudgetFigures } from '../views/stats/BudgetFigures';
import { formatMean, formatShare } from '../views/stats/format';
import { StudyFigure } from '../views/stats/StudyFigure';
import { TopAfricanCountries } from '../views/stats/StudyComparison';

interface Props {
  stats: CooperationStats;
  countryName: (iso2: string) => string;
}

const shareOf = (count: number, total: number) => ratio({ count, total });
const euros = (value: number | null) => (value === null ? t('stats.notGiven') : formatEuros(value));
const known = (count: number, total: number) => t('report.basis', { count: formatNumber(count), total: formatNumber(total) });

function ReportSection({ id, title, children }: { id: string; title: MessageKey; children: ComponentChildren }) {
  return (
    <section class="report-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(title)}</h2>
      {children}
    </section>
  );
}

/** Who cooperates: number, kind, size, seniority. */
function Who({ stats, countryName }: Props) {
  const charts = chartSpecs(stats);
  const { seniority } = stats;
  const midSize = stats.collectivitiesByPopulation.rows.find((row) => row.value === '10k-50k')?.count ?? 0;
  return (
    <ReportSection id="report-who" title="report.who">
      <div class="report-figures">
        <StudyFigure title={t('stats.study.perCollectivity')} ours={stats.meanPerCollectivity} study={STUDY_COOPERATIONS_PER_COLLECTIVITY} format={formatMean} note={t('stats.study.perCollectivityNote')} />
        <StudyFigure title={t('report.over10')} ours={shareOf(seniority.overTen, seniority.known)} study={STUDY_OVER_10_YEARS} format={formatShare} note={known(seniority.known, stats.collectivities)} />
        <StudyFigure title={t('report.over20')} ours={shareOf(seniority.overTwenty, seniority.known)} study={STUDY_OVER_20_YEARS} format={formatShare} note={known(seniority.known, stats.collectivities)} />
        <StudyFigure title={t('report.midSize')} ours={shareOf(midSize, stats.collectivities - stats.collectivitiesByPopulation.unknown)} study={STUDY_10K_TO_50K_SHARE} format={formatShare} note={known(stats.collectivities - stats.collectivitiesByPopulation.unknown, stats.collectivities)} />
      </div>
      <div class="report-charts">
        <BreakdownChart chart={charts.kind} counted="stats.collectivities" countryName={countryName} tableOpen />
        <BreakdownChart chart={charts.population} counted="stats.collectivities" countryName={countryName} tableOpen />
      </div>
    </ReportSection>
  );
}

/** With whom: countries, continents, the top five. */
function WithWhom({ stats, countryName }: Props) {
  const charts = chartSpecs(stats);
  const { africaAmongDecentralised } = stats.study;
  return (
    <ReportSection id="report-with-whom" title="report.withWhom">
      <div class="report-figures">
        <StudyFigure
          title={t('stats.study.africa')}
          ours={ratio(africaAmongDecentralised)}
          study={STUDY_AFRICA_SHARE_OF_DECENTRALISED}
          format={formatShare}
          note={known(africaAmongDecentralised.total, stats.cooperations)}
        />
        <TopAfricanCountries stats={stats} countryName={countryName} />
      </div>
      <div class="report-charts">
        <BreakdownChart chart={charts.country} counted="stats.cooperations" countryName={countryName} tableOpen />
        <BreakdownChart chart={charts.continent} counted="stats.cooperations" countryName={countryName} tableOpen />
      </div>
    </ReportSection>
  );
}

/** On what: themes and natures. */
function OnWhat({ stats, countryName }: Props) {
  const charts = chartSpecs(stats);
  return (
    <ReportSection id="report-on-what" title="report.onWhat">
      <div class="report-figures">
        {stats.study.themeGroups.map(({ id, share }) => {
          const group = STUDY_THEME_GROUPS.find((candidate) => candidate.id === id)!;
          return (
            <StudyFigure key={id} title={t(`stats.study.theme.${id}`)} ours={themeGroupShare(stats.study, share)} study={group.share} format={formatShare} note={t('stats.study.themeNote', { themes: group.themes.map(themeLabel).join(', ') })} />
          );
        })}
      </div>
      <div class="report-charts">
        <BreakdownChart chart={charts.theme} counted="stats.cooperations" countryName={countryName} tableOpen />
        <BreakdownChart chart={charts.nature} counted="stats.cooperations" countryName={countryName} tableOpen />
      </div>
    </ReportSection>
  );
}

/** With what means: the collectivities' budgets and services, the cooperations' budgets and co-funders. */
function Means({ stats }: Props) {
  const { means } = stats;
  const declared = known(means.aectKnown, stats.collectivities);
  return (
    <ReportSection id="report-means" title="report.means">
      <div class="report-figures">
        <StudyFigure title={t('report.aectMedian')} ours={means.aectMedianEur} study={STUDY_AECT_MEDIAN_EUR} format={euros} note={declared} />
        <StudyFigure title={t('report.aectMean')} ours={means.aectMeanEur} study={STUDY_AECT_MEAN_EUR} format={euros} note={declared} />
        <StudyFigure title={t('report.aectBelow10k')} ours={shareOf(means.aectBelow10k, means.aectKnown)} study={STUDY_AECT_BELOW_10K_SHARE} format={formatShare} note={declared} />
        <StudyFigure title={t('report.aect250k')} ours={shareOf(means.aect250kTo500k, means.aectKnown)} study={STUDY_AECT_250K_TO_500K_SHARE} format={formatShare} note={declared} />
        <StudyFigure title={t('report.riService')} ours={ratio(means.riService)} study={STUDY_RI_SERVICE_SHARE} format={formatShare} note={known(means.riService.total, stats.collectivities)} />
        <StudyFigure title={t('report.europeService')} ours={ratio(means.europeService)} study={STUDY_EUROPE_SERVICE_OF_RI_SHARE} format={formatShare} note={known(means.europeService.total, means.riService.count)} />
      </div>
      <BudgetFigures budget={stats.budget} cooperations={stats.cooperations} />
      <div class="report-charts">
        {stats.byFunding.rows.length === 0 ? (
          <p class="stats-note">{t('report.noFunding')}</p>
        ) : (
          <BarChart
            title={t('report.fundings')}
            headers={[t('report.funder'), t('stats.cooperations'), t('stats.share')]}
            bars={breakdownBars(stats.byFunding, { label: (funder) => funder })}
            tableOpen
          />
        )}
      </div>
    </ReportSection>
  );
}

/** How: the ACTER models of the collectivities. */
function How({ stats, countryName }: Props) {
  return (
    <ReportSection id="report-how" title="report.how">
      <div class="report-charts">
        <BreakdownChart chart={chartSpecs(stats).typology} counted="stats.cooperations" countryName={countryName} tableOpen />
      </div>
    </ReportSection>
  );
}

/** The study's own order: who, with whom, on what, with what means, how. */
export function ReportSections(props: Props) {
  return (
    <>
      <Who {...props} />
      <WithWhom {...props} />
      <OnWhat {...props} />
      <Means {...props} />
      <How {...props} />
    </>
  );
}
