import { useState } from 'preact/hooks';
import { toGeoJson } from '../data/write';
import { t } from '../i18n';
import { isBuiltIn, type ActiveDataset } from '../state/datasets';
import { copyText } from './clipboard';
import { downloadText } from './download';
import { PublishButton } from './publish/PublishButton';

/**
 * Copies the address of what is on screen (dataset, filters, selection, view and map position are
 * all in it). An imported dataset lives in this browser only: its link would show other data
 * elsewhere, so the button says so and offers to publish the atlas, or to export the dataset, instead.
 */
export function CopyLinkButton({ dataset }: { dataset: ActiveDataset }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const [warning, setWarning] = useState(false);
  const copy = async () => {
    setWarning(false);
    setCopied(await copyText(window.location.href));
    setTimeout(() => setCopied(null), 2500);
  };
  const exportDataset = () =>
    downloadText(`${dataset.name.replace(/[^\w.-]+/g, '-')}.geojson`, JSON.stringify(toGeoJson(dataset.cooperations)), 'application/geo+json');
  return (
    <>
      <button type="button" class="copy-link" data-testid="copy-link" onClick={() => (isBuiltIn(dataset.id) ? copy() : setWarning(true))}>
        {copied === null ? t('share.copyLink') : copied ? t('share.copied') : t('share.copyFailed')}
      </button>
      {warning && (
        <div class="share-imported" role="dialog" aria-labelledby="share-imported-title" data-testid="share-imported">
          <h2 id="share-imported-title">{t('share.importedTitle')}</h2>
          <p>{t('share.importedText', { name: dataset.name })}</p>
          <PublishButton load={async () => dataset} />
          <button type="button" onClick={exportDataset} data-testid="share-export">
            {t('share.exportGeoJson')}
          </button>
          <button type="button" onClick={copy}>
            {t('share.copyAnyway')}
          </button>
          <button type="button" onClick={() => setWarning(false)}>
            {t('share.close')}
          </button>
        </div>
      )}
    </>
  );
}
