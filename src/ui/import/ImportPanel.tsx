import { useEffect, useRef, useState } from 'preact/hooks';
import { canonicalColumn, type ColumnMapping } from '../../data/columns';
import type { DatasetStore } from '../../data/dataset-store';
import { importFile } from '../../data/import-client';
import type { ImportResult } from '../../data/report';
import { toGeoJson, toInventoryCsv } from '../../data/write';
import { listSheets, looksLikeXlsx } from '../../data/xlsx';
import { formatNumber, t } from '../../i18n';
import { loadStored, type ActiveDataset } from '../../state/datasets';
import { downloadText } from '../download';
import { ColumnMappingForm } from './ColumnMappingForm';
import { DatasetLibrary } from './DatasetLibrary';
import { ReportTable } from './ReportTable';

export interface ImportPanelProps {
  datasets: DatasetStore;
  active: ActiveDataset;
  /** A file dropped on the page, imported at once. */
  file: File | null;
  onShow: (dataset: ActiveDataset) => void;
  onClose: () => void;
}

type Phase =
  | { step: 'choose' }
  | { step: 'sheet'; file: File; sheets: string[]; sheet: string }
  | { step: 'reading'; file: File; progress: number }
  | { step: 'done'; file: File; sheet: string | undefined; result: ImportResult; dataset: ActiveDataset | null }
  | { step: 'failed'; message: string };

/** Headers the importer kept as they are because they match no inventory column. */
function unmappedHeaders(result: ImportResult): string[] {
  const headers = result.report.issues.filter((issue) => issue.row === 1 && issue.column !== null).map((issue) => issue.column!);
  return [...new Set(headers)].filter((header) => canonicalColumn(header) === null);
}

const baseName = (name: string) => name.replace(/\.[^.]+$/, '');

/**
 * Importing an inventory: the file is read in a Web Worker, kept in this browser as soon as it is
 * imported, and its report says row by row what was not understood.
 */
export function ImportPanel({ datasets, active, file, onShow, onClose }: ImportPanelProps) {
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [revision, setRevision] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);

  const run = async (chosen: File, sheet?: string, columnMapping?: ColumnMapping) => {
    setPhase({ step: 'reading', file: chosen, progress: 0 });
    try {
      const { report, datasetId } = await importFile(chosen, { sheet, columnMapping }, (progress) => setPhase({ step: 'reading', file: chosen, progress }));
      const dataset = datasetId === null ? null : await loadStored(datasets, datasetId);
      const result = { report, cooperations: dataset?.cooperations ?? [] };
      if (dataset) setRevision((r) => r + 1);
      setPhase({ step: 'done', file: chosen, sheet, result, dataset });
    } catch (error) {
      setPhase({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const start = async (chosen: File) => {
    const head = new Uint8Array(await chosen.slice(0, 4).arrayBuffer());
    if (looksLikeXlsx(head)) {
      try {
        const sheets = await listSheets(await chosen.arrayBuffer());
        if (sheets.length > 1) {
          setPhase({ step: 'sheet', file: chosen, sheets, sheet: sheets[0] });
          return;
        }
      } catch (error) {
        setPhase({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
        return;
      }
    }
    await run(chosen);
  };

  useEffect(() => {
    dialog.current?.focus();
    if (file) start(file);
  }, [file]);

  return (
    <div class="modal-backdrop">
      <div
        class="import-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        tabIndex={-1}
        ref={dialog}
        data-testid="import-panel"
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <button type="button" class="card-close" aria-label={t('import.close')} onClick={onClose}>
          ×
        </button>
        <h2 id="import-title">{t('import.title')}</h2>
        <p>{t('import.intro')}</p>
        <p class="import-templates">
          {t('import.templates')} <a href="templates/modele-cooperations.csv" download>CSV</a> ·{' '}
          <a href="templates/modele-cooperations.xlsx" download>XLSX</a> ·{' '}
          <a href="templates/exemple-cooperations.csv" download>
            {t('import.example')}
          </a>
        </p>
        <label class="file-input">
          {t('import.choose')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.xlsx"
            data-testid="import-file"
            onChange={(event) => {
              const chosen = event.currentTarget.files?.[0];
              if (chosen) start(chosen);
            }}
          />
        </label>
        <p class="legend-note">{t('import.dropHint')}</p>

        {phase.step === 'sheet' && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              run(phase.file, phase.sheet);
            }}
          >
            <label class="field">
              {t('import.sheet')}
              <select value={phase.sheet} onChange={(event) => setPhase({ ...phase, sheet: event.currentTarget.value })}>
                {phase.sheets.map((sheet) => (
                  <option key={sheet}>{sheet}</option>
                ))}
              </select>
            </label>
            <button type="submit">{t('import.run')}</button>
          </form>
        )}
        {phase.step === 'reading' && (
          <div class="import-progress">
            <p>{t('import.reading', { name: phase.file.name })}</p>
            <progress max={1} value={phase.progress} aria-label={t('import.progress')} />
          </div>
        )}
        {phase.step === 'failed' && (
          <p class="notice" role="alert">
            {phase.message}
          </p>
        )}
        {phase.step === 'done' && (
          <section class="import-report" aria-labelledby="report-title" data-testid="import-report" data-imported={phase.result.report.imported}>
            <h3 id="report-title">{t('import.reportTitle', { name: phase.file.name })}</h3>
            <p role="status">
              {t('import.summary', {
                rows: formatNumber(phase.result.report.rows),
                imported: formatNumber(phase.result.report.imported),
                rejected: formatNumber(phase.result.report.rejected),
              })}
            </p>
            {phase.dataset && (
              <div class="import-actions">
                <button type="button" class="primary" onClick={() => onShow(phase.dataset!)} data-testid="import-show">
                  {t('import.showOnMap')}
                </button>
                <button type="button" onClick={() => downloadText(`${baseName(phase.file.name)}.csv`, toInventoryCsv(phase.result.cooperations), 'text/csv;charset=utf-8')}>
                  {t('import.exportCsv')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    downloadText(`${baseName(phase.file.name)}.geojson`, JSON.stringify(toGeoJson(phase.result.cooperations)), 'application/geo+json')
                  }
                >
                  {t('import.exportGeoJson')}
                </button>
              </div>
            )}
            {unmappedHeaders(phase.result).length > 0 && (
              <ColumnMappingForm headers={unmappedHeaders(phase.result)} onApply={(mapping) => run(phase.file, phase.sheet, mapping)} />
            )}
            <ReportTable issues={phase.result.report.issues} />
          </section>
        )}
        <DatasetLibrary datasets={datasets} active={active} revision={revision} onShow={onShow} />
      </div>
    </div>
  );
}
