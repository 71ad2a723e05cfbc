import { formatNumber, t } from '../../../i18n';
import { themeLabel } from '../../../i18n/labels';
import {
  STUDY_AFRICA_SHARE_OF_DECENTRALISED,
  STUDY_COOPERATIONS_PER_COLLECTIVITY,
  STUDY_THEME_GROUPS,
  STUDY_TOP_AFRICAN_COUNTRIES,
} from '../../../domain/study-figures';

import type { CooperationStats } from '../../../model/stats';
import { ratio, themeGroupShare } from '../../../model/stats-study';
import { isSmallSample } from '../../../model/stats-headline';
import { formatMean, formatShare } from './format';
import { StudyFigure } from './StudyFigure';

interface Props {
  stats: CooperationStats;
  countryName: (iso2: string) => string;
  /** false for a dataset without themes: its theme shares would all read 0 %. */
  withThemes: boolean;
}

/** Where the data answers one of the ACTER study's questions, its answer beside the study's. */
export function StudyComparison({ stats, countryName, withThemes }: Props) {
  const { africaAmongDecentralised, themeGroups } = stats.study;
  const africaAll = stats.byContinent.rows.find((row) => row.value === 'afrique')?.count ?? 0;

  return (
    <section class="stats-section stats-study" aria-labelledby="stats-study-title">
      <h3 id="stats-study-title">{t('stats.section.study')}</h3>
      <p class="stats-note">{t('stats.study.intro')}</p>
      {isSmallSample(stats) && <SmallSampleCaution collectivities={stats.collectivities} />}
      <div class="stats-study-grid">
        <StudyFigure
          title={t('stats.study.africa')}
          ours={ratio(africaAmongDecentralised)}
          study={STUDY_AFRICA_SHARE_OF_DECENTRALISED}
          format={formatShare}
          testId="stats-africa-share"
          note={t('stats.study.africaNote', {
            count: formatNumber(africaAmongDecentralised.count),
            total: formatNumber(africaAmongDecentralised.total),
            allShare: formatShare(stats.cooperations === 0 ? null : africaAll / stats.cooperations),
          })}
        />
        <StudyFigure
          title={t('stats.study.perCollectivity')}
          ours={stats.meanPerCollectivity}
          study={STUDY_COOPERATIONS_PER_COLLECTIVITY}
          format={formatMean}
          note={t('stats.study.perCollectivityNote')}
        />
        {withThemes && themeGroups.map(({ id, share }) => {
          const group = STUDY_THEME_GROUPS.find((candidate) => candidate.id === id)!;
          return (
            <StudyFigure
              key={id}
              title={t(`stats.study.theme.${id}`)}
              ours={themeGroupShare(stats.study, share)}
              study={group.share}
              format={formatShare}
              note={t('stats.study.themeNote', { themes: group.themes.map(themeLabel).join(', ') })}
            />
          );
        })}
        <TopAfricanCountries stats={stats} countryName={countryName} />
      </div>
    </section>
  );
}

/** Our five first African partner countries beside the study's. */
export function TopAfricanCountries({ stats, countryName }: Omit<Props, 'withThemes'>) {
  const ourTopFive = stats.study.topAfricanCountries.map((row) => row.value);
  const inBoth = ourTopFive.filter((iso2) => (STUDY_TOP_AFRICAN_COUNTRIES as readonly string[]).includes(iso2)).length;
  return (
    <article class="stats-study-figure" data-testid="stats-top-african">
      <h4>{t('stats.study.topAfrican')}</h4>
      <div class="stats-study-lists">
        <CountryList title={t('stats.study.here')} countries={ourTopFive} countryName={countryName} />
        <CountryList title={t('stats.study.study')} countries={STUDY_TOP_AFRICAN_COUNTRIES} countryName={countryName} />
      </div>
      <p class="stats-note">{t('stats.study.topAfricanNote', { count: inBoth })}</p>
    </article>
  );
}

export function SmallSampleCaution({ collectivities }: { collectivities: number }) {
  return (
    <p class="stats-caution" role="note" data-testid="small-sample">
      {t('stats.smallSample', { count: formatNumber(collectivities) })}
    </p>
  );
}

function CountryList({ title, countries, countryName }: { title: string; countries: readonly string[]; countryName: (iso2: string) => string }) {
  return (
    <div>
      <h5>{title}</h5>
      <ol>
        {countries.map((iso2) => (
          <li key={iso2}>{countryName(iso2)}</li>
        ))}
      </ol>
    </div>
  );
}
