import { t } from '../i18n';
import type { ActiveDataset } from '../state/datasets';
import { attributionText, publicationText } from './attribution';

/** What the data on screen is: the fictitious notice for the demo, else its source or its import. */
export function DatasetBanner({ dataset }: { dataset: ActiveDataset }) {
  if (dataset.fictitious) {
    return (
      <p class="fictitious" role="note" data-testid="fictitious-banner">
        {t('app.fictitious')}
      </p>
    );
  }
  // A published atlas says what it is in its header and footer.
  if (dataset.publication) return null;
  if (dataset.attribution) {
    return (
      <p class="real-data" role="note" data-testid="real-data-banner">
        {t('dataset.real', { name: dataset.name, attribution: dataset.attribution })}
      </p>
    );
  }
  return (
    <p class="dataset-banner" role="note" data-testid="dataset-banner">
      {t('import.showing', { name: dataset.name })}
    </p>
  );
}

/** The sources of the map and of the data, at the foot of the atlas. */
export function AttributionFooter({ dataset }: { dataset: ActiveDataset }) {
  return (
    <footer class="app-footer" data-testid="attribution">
      {t('attribution.label')}
      {t('punctuation.colon')}
      {attributionText(dataset)}
      <PublicationLine dataset={dataset} />
    </footer>
  );
}

/** What a published atlas says of its dataset (date, source file, counts), in its footers. */
export function PublicationLine({ dataset }: { dataset: ActiveDataset }) {
  return dataset.publication && <p data-testid="publication">{publicationText(dataset.publication)}</p>;
}
