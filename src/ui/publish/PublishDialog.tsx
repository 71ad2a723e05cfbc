import { useState } from 'preact/hooks';
import { compactDataset } from '../../data/compact-dataset';
import { baseName } from '../../data/export-files';
import { locale, t } from '../../i18n';
import { publishedZip } from '../../publish/site-zip';
import type { ActiveDataset } from '../../state/datasets';
import { errorMessage } from '../../text/error-message';
import { downloadBlob } from '../download';
import { Modal } from '../Modal';

export interface PublishDialogProps {
  dataset: ActiveDataset;
  onClose: () => void;
}

type Status = { step: 'idle' } | { step: 'working' } | { step: 'done'; file: string; bytes: number } | { step: 'failed'; message: string };

const megabytes = (bytes: number) => new Intl.NumberFormat(locale(), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);

/** Makes the published site of an imported dataset, as npm run publish would, and offers it as a zip. */
export function PublishDialog({ dataset, onClose }: PublishDialogProps) {
  const [title, setTitle] = useState(baseName(dataset.name));
  const [status, setStatus] = useState<Status>({ step: 'idle' });

  const publish = async (event: Event) => {
    event.preventDefault();
    setStatus({ step: 'working' });
    try {
      const chosen = title.trim() || baseName(dataset.name);
      const report = dataset.report ?? { rows: dataset.cooperations.length, imported: dataset.cooperations.length, rejected: 0 };
      const { folder, zip } = await publishedZip(new URL('./', document.baseURI), compactDataset(dataset.cooperations, { title: chosen, generator: 'coopatlas' }), {
        title: chosen,
        source: dataset.name,
        publishedAt: new Date().toISOString().slice(0, 10),
        report: { rows: report.rows, imported: report.imported, rejected: report.rejected },
      });
      const file = `${folder}.zip`;
      downloadBlob(file, new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      setStatus({ step: 'done', file, bytes: zip.byteLength });
    } catch (error) {
      setStatus({ step: 'failed', message: errorMessage(error) });
    }
  };

  return (
    <Modal class="import-panel publish-dialog" labelledBy="publish-title" testId="publish-dialog" closeLabel={t('share.close')} onClose={onClose}>
      <h2 id="publish-title">{t('publish.open')}</h2>
      <p>{t('publish.intro', { name: dataset.name })}</p>
      <form onSubmit={publish}>
        <label class="field">
          {t('publish.titleLabel')}
          <input type="text" value={title} onInput={(event) => setTitle(event.currentTarget.value)} data-testid="publish-title" />
        </label>
        <button type="submit" class="primary" disabled={status.step === 'working'} data-testid="publish-download">
          {t('publish.download')}
        </button>
      </form>
      <p role="status" data-testid="publish-status">
        {status.step === 'working' && t('publish.working')}
        {status.step === 'done' && t('publish.done', { file: status.file, size: megabytes(status.bytes) })}
      </p>
      {status.step === 'failed' && (
        <p class="notice" role="alert">
          {t('publish.failed', { message: status.message })}
        </p>
      )}
      <p>{t('publish.hosting')}</p>
    </Modal>
  );
}
