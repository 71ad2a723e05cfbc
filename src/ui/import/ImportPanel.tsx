import type { StyleSpecification } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ColumnMapping } from '../../data/columns';
import { saveImport, type DatasetStore } from '../../data/dataset-store';
import { baseName, geoJsonFile, inventoryCsvFile, rejectedCsvFile, type ExportFile } from '../../data/export-files';
import { httpGazetteerSource } from '../../data/gazetteer-source';
import { importFile } from '../../data/import-client';
import type { ImportSource } from '../../data/import-source';
import { mendStored } from '../../data/mend';
import type { ImportReport } from '../../data/report';
import type { FixOption } from '../../data/row-fix';
import { sheetsToChoose } from '../../data/workbook-sheets';
import type { Cooperation } from '../../domain/cooperation';
import { formatNumber, t } from '../../i18n';
import { DEMO_ID, loadStored, type ActiveDataset } from '../../state/datasets';
import { Modal } from '../Modal';
import { PublishButton } from '../publish/PublishButton';
import { downloadFile } from '../download';
import { ColumnMappingForm } from './ColumnMappingForm';
import { DatasetLibrary } from './DatasetLibrary';
import { ReportTable } from './ReportTable';
import './mend.css';

export interface ImportPanelProps {
  datasets: DatasetStore;
  active: ActiveDataset;
  /** A file dropped on the page, imported at once. */
  file: File | null;
  /** The basemap style, for the small map that places a partner. */
  style: StyleSpecification;
  onShow: (dataset: ActiveDataset) => void;
  onClose: () => void;
}

/** A report on show: of the import just made, or kept with the dataset on show. */
interface ShownReport {
  name: string;
  report: ImportReport;
  /** The rows the report can export and mend; null for a dataset kept by an earlier version. */
  source: ImportSource | null;
  /** The dataset kept for the import; null when nothing was imported, until a row is mended. */
  datasetId: string | null;
  fileHash: string | null;
  /** Imports the file again with a column mapping; null for a report read back from the store. */
  rerun: ((mapping: ColumnMapping) => void) | null;
}

type Phase =
  | { step: 'choose' }
  | { step: 'sheet'; file: File; sheets: string[]; sheet: string }
  | { step: 'reading'; file: File; progress: number }
  | ({ step: 'done' } & ShownReport)
  | { step: 'failed'; message: string };

type Mending = { line: number; state: 'running' | 'done' } | { line: number; state: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Importing an inventory: the file is read in a Web Worker, kept in this browser as soon as it is
 * imported, and its report says row by row what was not understood, and lets the user mend it.
 */
export function ImportPanel({ datasets, active, file, style, onShow, onClose }: ImportPanelProps) {
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [mending, setMending] = useState<Mending | null>(null);
  const [revision, setRevision] = useState(0);
  const gazetteers = useMemo(() => httpGazetteerSource(new URL('./geo/', document.baseURI).href), []);

  const run = async (chosen: File, sheet?: string, columnMapping?: ColumnMapping) => {
    setPhase({ step: 'reading', file: chosen, progress: 0 });
    setMending(null);
    try {
      const { report, source, fileHash, datasetId } = await importFile(chosen, { sheet, columnMapping }, (progress) => setPhase({ step: 'reading', file: chosen, progress }));
      if (datasetId) setRevision((r) => r + 1);
      setPhase({ step: 'done', name: chosen.name, report, source, fileHash, datasetId, rerun: (mapping) => run(chosen, sheet, mapping) });
    } catch (error) {
      setPhase({ step: 'failed', message: messageOf(error) });
    }
  };

  const start = async (chosen: File) => {
    try {
      const sheets = await sheetsToChoose(chosen);
      if (sheets.length > 0) {
        setPhase({ step: 'sheet', file: chosen, sheets, sheet: sheets[0] });
        return;
      }
    } catch (error) {
      setPhase({ step: 'failed', message: messageOf(error) });
      return;
    }
    await run(chosen);
  };

  /** The report kept with an imported dataset, as it was left. */
  const showKeptReport = async (id: string) => {
    setMending(null);
    let stored;
    try {
      stored = await datasets.load(id);
    } catch (error) {
      setPhase({ step: 'failed', message: messageOf(error) });
      return;
    }
    if (!stored) return;
    setPhase({ step: 'done', name: stored.name, report: stored.report, source: stored.source ?? null, fileHash: stored.fileHash ?? null, datasetId: stored.id, rerun: null });
  };

  useEffect(() => {
    if (file) start(file);
    else if (active.id !== DEMO_ID) showKeptReport(active.id);
  }, [file]);

  const showStored = async (id: string) => {
    const dataset = await loadStored(datasets, id);
    if (dataset) onShow(dataset);
  };
  const exportStored = async (id: string, make: (cooperations: Cooperation[]) => ExportFile) => {
    const dataset = await loadStored(datasets, id);
    if (dataset) downloadFile(make(dataset.cooperations));
  };

  const mend = async (shown: ShownReport & { source: ImportSource }, line: number, cells: FixOption['cells']) => {
    setMending({ line, state: 'running' });
    try {
      // An import that kept nothing is kept at its first mend, so that the mend has a dataset to go to.
      const id =
        shown.datasetId ??
        (await saveImport(datasets, shown.name, { cooperations: [], report: shown.report, source: shown.source }, new Date(), shown.fileHash ?? undefined)).id;
      const dataset = await mendStored(datasets, id, line, cells, gazetteers);
      setPhase({ step: 'done', ...shown, datasetId: id, report: dataset.report, source: dataset.source ?? null });
      setRevision((r) => r + 1);
      setMending({ line, state: 'done' });
    } catch (error) {
      setMending({ line, state: 'failed', message: messageOf(error) });
    }
  };

  return (
    <Modal class="import-panel" labelledBy="import-title" testId="import-panel" closeLabel={t('import.close')} onClose={onClose}>
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
        <ReportSection
          shown={phase}
          mending={mending}
          style={style}
          onShow={showStored}
          onExport={exportStored}
          onPublish={(id) => loadStored(datasets, id)}
          onMend={mend}
        />
      )}
      <DatasetLibrary datasets={datasets} active={active} revision={revision} onShow={onShow} onReport={showKeptReport} />
    </Modal>
  );
}

interface ReportSectionProps {
  shown: ShownReport;
  mending: Mending | null;
  style: StyleSpecification;
  onShow: (datasetId: string) => void;
  onExport: (datasetId: string, make: (cooperations: Cooperation[]) => ExportFile) => void;
  onPublish: (datasetId: string) => Promise<ActiveDataset | null>;
  onMend: (shown: ShownReport & { source: ImportSource }, line: number, cells: FixOption['cells']) => void;
}

/** The report of one import: counts, what to do with the dataset, the column mapping, the issues and their mending. */
function ReportSection({ shown, mending, style, onShow, onExport, onPublish, onMend }: ReportSectionProps) {
  const { name, report, source, datasetId, rerun } = shown;
  const base = baseName(name);
  return (
    <section class="import-report" aria-labelledby="report-title" data-testid="import-report" data-imported={report.imported}>
      <h3 id="report-title">{t('import.reportTitle', { name })}</h3>
      <p role="status">
        {t('import.summary', { rows: formatNumber(report.rows), imported: formatNumber(report.imported), rejected: formatNumber(report.rejected) })}
      </p>
      <div class="import-actions">
        {datasetId && (
          <>
            <button type="button" class="primary" onClick={() => onShow(datasetId)} data-testid="import-show">
              {t('import.showOnMap')}
            </button>
            <button type="button" onClick={() => onExport(datasetId, (cooperations) => inventoryCsvFile(base, cooperations))}>
              {t('import.exportCsv')}
            </button>
            <button type="button" onClick={() => onExport(datasetId, (cooperations) => geoJsonFile(base, cooperations))}>
              {t('import.exportGeoJson')}
            </button>
            <PublishButton load={() => onPublish(datasetId)} />
          </>
        )}
        {source && report.rejected > 0 && (
          <button type="button" data-testid="import-export-report" title={t('import.exportReportHint')} onClick={() => downloadFile(rejectedCsvFile(base, source, report))}>
            {t('import.exportReport')}
          </button>
        )}
      </div>
      {rerun && source && source.unmappedHeaders.length > 0 && <ColumnMappingForm headers={source.unmappedHeaders} onApply={rerun} />}
      {datasetId && !source && <p class="legend-note">{t('import.cannotMend')}</p>}
      {mending && (
        <p class={mending.state === 'failed' ? 'notice' : 'legend-note'} role={mending.state === 'failed' ? 'alert' : 'status'} data-testid="mend-status">
          {mending.state === 'running' && t('import.mending', { line: String(mending.line) })}
          {mending.state === 'done' && t('import.mended', { line: String(mending.line) })}
          {mending.state === 'failed' && t('import.mendFailed', { message: mending.message })}
        </p>
      )}
      <ReportTable
        issues={report.issues}
        mend={source ? { style, onMend: (line, cells) => onMend({ ...shown, source }, line, cells) } : undefined}
      />
    </section>
  );
}
