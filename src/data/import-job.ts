import type { Cooperation } from '../domain/cooperation';
import type { ColumnMapping } from './columns';
import type { GazetteerSource } from './gazetteer-source';
import { importInventory } from './import';
import type { ImportReport } from './report';
import type { SheetSelector } from './xlsx';

export interface ImportRequestOptions {
  sheet?: SheetSelector;
  columnMapping?: ColumnMapping;
}

/** What the page sends to the import worker. */
export interface ImportRequest {
  bytes: ArrayBuffer;
  fileName: string;
  options: ImportRequestOptions;
  /** Absolute URL of the gazetteers folder; the worker's own URL is not the page's. */
  geoBaseUrl: string;
}

/**
 * What the import worker answers: progress messages, then done or failed. The cooperations stay
 * in the dataset store, where the worker keeps them: sending them whole would stall the page
 * while it copies them (seconds for a 50 MB file); the page reads them back slice by slice.
 */
export type ImportMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; report: ImportReport; datasetId: string | null }
  | { type: 'failed'; message: string };

/** Keeps an import's cooperations (in the browser's dataset store) and says under which id. */
export type KeepImport = (fileName: string, result: { cooperations: Cooperation[]; report: ImportReport }) => Promise<string>;

/** Runs one import, keeps what it imported, and reports through `post`; never throws. */
export async function runImportJob(request: ImportRequest, source: GazetteerSource, keep: KeepImport, post: (message: ImportMessage) => void): Promise<void> {
  try {
    const result = await importInventory(new Uint8Array(request.bytes), source, {
      ...request.options,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    const datasetId = result.report.imported > 0 ? await keep(request.fileName, result) : null;
    post({ type: 'done', report: result.report, datasetId });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', message: `Import de « ${request.fileName} » impossible : ${reason}` });
  }
}
