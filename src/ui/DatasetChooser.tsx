import { useEffect, useState } from 'preact/hooks';
import type { DatasetStore, DatasetSummary } from '../data/dataset-store';
import { formatNumber, locale, t } from '../i18n';
import { DEMO_ID, JUMELAGES_ID, showById, type ActiveDataset } from '../state/datasets';

interface Props {
  datasets: DatasetStore;
  active: ActiveDataset;
  onShow: (dataset: ActiveDataset) => void;
}

interface Choice {
  id: string;
  title: string;
  line: string;
}

const BUILT_IN_CHOICES = (): Choice[] => [
  { id: JUMELAGES_ID, title: t('dataset.jumelages.title'), line: t('dataset.jumelages.line') },
  { id: DEMO_ID, title: t('dataset.demo.title'), line: t('dataset.demo.line') },
];

const importedChoice = (summary: DatasetSummary): Choice => ({
  id: summary.id,
  title: summary.name,
  line: t('dataset.imported.line', {
    date: new Date(summary.importedAt).toLocaleDateString(locale()),
    imported: formatNumber(summary.imported),
    rows: formatNumber(summary.rows),
  }),
});

/** The datasets one can show, as kepler.gl offers its samples: the two built in, then those imported in this browser. */
export function DatasetChooser({ datasets, active, onShow }: Props) {
  const [imported, setImported] = useState<DatasetSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    datasets.list().then(setImported, () => setImported([]));
  }, [datasets, active]);

  const choices = [...BUILT_IN_CHOICES(), ...imported.map(importedChoice)];
  const current = choices.find((choice) => choice.id === active.id)?.title ?? active.name;
  const show = (id: string) => showById(datasets, id, onShow, setProblem);

  return (
    <details class="dataset-chooser" data-testid="dataset-chooser">
      <summary>
        {t('dataset.label')} : <strong>{current}</strong>
      </summary>
      <ul>
        {choices.map((choice) => (
          <li key={choice.id} data-dataset={choice.id}>
            <button type="button" onClick={() => show(choice.id)} aria-current={choice.id === active.id} disabled={choice.id === active.id}>
              {choice.title}
              {choice.id === active.id && <span class="tag">{t('dataset.onShow')}</span>}
            </button>
            <p>{choice.line}</p>
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
    </details>
  );
}
