import { useEffect, useMemo } from 'preact/hooks';
import { language, t } from '../../i18n';
import { computeStats } from '../../model/stats';
import { headlineFigures, isSmallSample } from '../../model/stats-headline';
import type { ActiveDataset } from '../../state/datasets';
import type { Store } from '../../state/store';
import { encodeState } from '../../state/url-codec';
import { formatLongDate } from '../citizen/labels';
import { countryNamer } from '../country-name';
import { useFrenchTerritory } from '../views/stats/french-territory';
import { HeadlineFigures } from '../views/stats/HeadlineFigures';
import { scopeOf } from '../views/stats/scope';
import { SmallSampleCaution } from '../views/stats/StudyComparison';
import { ReportSections } from './ReportSections';

export interface RegionReportProps {
  store: Store;
  dataset: ActiveDataset;
}

const REPORT_FIGURES = ['cooperations', 'collectivities', 'countries', 'africa-share', 'budget-median', 'years-engaged'] as const;

/** What the data is and when it dates from, as a paper copy must say. */
function sourceLine(dataset: ActiveDataset): string {
  const date = dataset.importedAt === null ? null : formatLongDate(new Date(dataset.importedAt));
  const source = date === null ? t('report.source', { dataset: dataset.name }) : t('report.sourceImported', { dataset: dataset.name, date });
  return dataset.fictitious ? `${source} ${t('app.fictitious')}` : source;
}

/**
 * The printable "état des lieux" of the région or network the filters name, in the ACTER study's
 * order, each figure beside the study's where it gives one, each chart with its table.
 */
export default function RegionReport({ store, dataset }: RegionReportProps) {
  const state = store.state.value;
  const filtered = store.filtered.value;
  const territory = useFrenchTerritory();
  const stats = useMemo(() => computeStats(store.index, filtered.mask, { territory }), [store, filtered, territory]);
  const countryName = useMemo(() => countryNamer(store), [store]);
  const scope = scopeOf(state.filters);
  const title = scope.name ?? t('report.allData');
  const lang = language.value;

  useEffect(() => {
    const previous = document.title;
    document.title = t('report.pageTitle', { name: title });
    return () => {
      document.title = previous;
    };
  }, [title, lang]);

  const address = `${window.location.origin}${window.location.pathname}${encodeState(state)}`;
  return (
    <div class="report" lang={lang}>
      <nav class="report-actions" aria-label={t('report.actions')}>
        <a href={encodeState({ ...state, page: null, view: 'statistiques' })}>{t('report.back')}</a>
        <button type="button" onClick={() => window.print()}>
          {t('citizen.share.print')}
        </button>
      </nav>
      <main>
        {dataset.fictitious && (
          <p class="citizen-fictitious" role="note" data-testid="fictitious-banner">
            {t('app.fictitious')}
          </p>
        )}
        <p class="citizen-kicker">{t('report.kicker')}</p>
        <h1>{title}</h1>
        {stats.cooperations === 0 ? (
          <p>{t('stats.empty')}</p>
        ) : (
          <>
            <HeadlineFigures figures={headlineFigures(stats)} scope={scope} ids={REPORT_FIGURES} />
            <p class="stats-note">{t('stats.study.intro')}</p>
            {isSmallSample(stats) && <SmallSampleCaution collectivities={stats.collectivities} />}
            <ReportSections stats={stats} countryName={countryName} />
          </>
        )}
      </main>
      <footer class="report-footer" data-testid="report-source">
        <p>{sourceLine(dataset)}</p>
        <p>{t('report.made', { date: formatLongDate(new Date()) })}</p>
        <p>
          {t('report.address')} <a href={address}>{address}</a>
        </p>
        <p>
          <strong>{t('attribution.label')}</strong> — {t('attribution.text')}
        </p>
      </footer>
    </div>
  );
}
