import { useEffect, useState } from 'preact/hooks';
import type { DatasetStore, DatasetSummary } from '../../data/dataset-store';
import { formatNumber, locale, t } from '../../i18n';
import { DEMO_ID, showById, type ActiveDataset } from '../../state/datasets';
import { currentSite } from '../../state/site';

interface Props {
  datasets: DatasetStore;
  active: ActiveDataset;
  /** Bumped after an import, so the list reads the store again. */
  revision: number;
  onShow: (dataset: ActiveDataset) => void;
  /** Shows the import report kept with a dataset. */
  onReport: (id: string) => void;
}

/** The datasets this browser keeps, plus the demo: show one, or remove it for good. */
export function DatasetLibrary({ datasets, active, revision, onShow, onReport }: Props) {
  const [summaries, setSummaries] = useState<DatasetSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = () => datasets.list().then(setSummaries, (error: unknown) => setProblem(String(error)));
  useEffect(() => {
    refresh();
  }, [datasets, revision]);

  const show = (id: string) => showById(datasets, id, onShow, setProblem);
  const remove = async (summary: DatasetSummary) => {
    if (!window.confirm(t('import.confirmRemove', { name: summary.name }))) return;
    await datasets.remove(summary.id);
    if (summary.id === active.id) await show(currentSite().default);
    refresh();
  };
  const date = (iso: string) => new Date(iso).toLocaleString(locale());

  return (
    <section class="dataset-library" aria-labelledby="library-title">
      <h3 id="library-title">{t('import.library')}</h3>
      {problem && <p role="alert">{problem}</p>}
      <ul data-testid="dataset-list">
        <li>
          <span>{t('import.demo')}</span>
          {active.id === DEMO_ID ? <span class="tag">{t('import.onShow')}</span> : <button type="button" onClick={() => show(DEMO_ID)}>{t('import.show')}</button>}
        </li>
        {summaries.map((summary) => (
          <li key={summary.id} data-dataset={summary.id}>
            <span>
              {summary.name} · {date(summary.importedAt)} · {t('import.importedOf', { imported: formatNumber(summary.imported), rows: formatNumber(summary.rows) })}
            </span>
            {summary.id === active.id ? (
              <span class="tag">{t('import.onShow')}</span>
            ) : (
              <button type="button" onClick={() => show(summary.id)}>
                {t('import.show')}
              </button>
            )}
            <button type="button" data-testid="dataset-report" onClick={() => onReport(summary.id)}>
              {t('import.report')}
            </button>
            <button type="button" class="danger" onClick={() => remove(summary)}>
              {t('import.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
