import { useEffect, useState } from 'preact/hooks';
import type { DatasetStore, DatasetSummary } from '../data/dataset-store';
import { formatNumber, locale, t } from '../i18n';
import type { SiteDescription } from '../domain/site';
import { DEMO_ID, JUMELAGES_ID, showById, type ActiveDataset } from '../state/datasets';
import { currentSite, isPublishedSite } from '../state/site';
import { publicationDate } from './attribution';

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

const APP_CHOICES: Record<string, () => Choice> = {
  [JUMELAGES_ID]: () => ({ id: JUMELAGES_ID, title: t('dataset.jumelages.title'), line: t('dataset.jumelages.line') }),
  [DEMO_ID]: () => ({ id: DEMO_ID, title: t('dataset.demo.title'), line: t('dataset.demo.line') }),
};

/** The datasets the site ships, in its order: the app's own by their names, a published inventory by the atlas's title. */
function siteChoices(site: SiteDescription): Choice[] {
  return site.datasets.map(({ id }) => {
    const { publication } = site;
    if (publication?.dataset === id) {
      const line = t('dataset.published.line', { date: publicationDate(publication), source: publication.source, imported: formatNumber(publication.imported) });
      return { id, title: site.title ?? id, line };
    }
    return APP_CHOICES[id]?.() ?? { id, title: id, line: '' };
  });
}

const importedChoice = (summary: DatasetSummary): Choice => ({
  id: summary.id,
  title: summary.name,
  line: t('dataset.imported.line', {
    date: new Date(summary.importedAt).toLocaleDateString(locale()),
    imported: formatNumber(summary.imported),
    rows: formatNumber(summary.rows),
  }),
});

/** The datasets one can show, as kepler.gl offers its samples: those the site ships, then those imported in this browser (none in a published atlas). */
export function DatasetChooser({ datasets, active, onShow }: Props) {
  const [imported, setImported] = useState<DatasetSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!isPublishedSite()) datasets.list().then(setImported, () => setImported([]));
  }, [datasets, active]);

  const choices = [...siteChoices(currentSite()), ...imported.map(importedChoice)];
  if (choices.length < 2) return null;
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
