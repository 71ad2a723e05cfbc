import type { ColumnMapping } from './columns';
import type { RowCorrection } from './corrections';
import { saveImport, type DatasetStore } from './dataset-store';
import type { GazetteerSource } from './gazetteer-source';
import { contentHash } from './hash';
import { importInventory } from './import';
import type { ImportOutput, ImportSource } from './import-source';
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
  | { type: 'done'; report: ImportReport; source: ImportSource; fileHash: string; datasetId: string | null }
  | { type: 'failed'; message: string };

/** Where an import job keeps what it imported (the browser's dataset store), and finds the corrections of a file. */
export interface ImportKeeper {
  /** Keeps the import; answers the dataset's id. */
  keep(fileName: string, result: ImportOutput, fileHash: string): Promise<string>;
  corrections(fileHash: string): Promise<RowCorrection[]>;
}

/** Keeps imports in a dataset store (the worker's, or a test's). */
export function storeKeeper(datasets: DatasetStore): ImportKeeper {
  return {
    keep: async (fileName, result, fileHash) => (await saveImport(datasets, fileName, result, new Date(), fileHash)).id,
    corrections: (fileHash) => datasets.corrections(fileHash),
  };
}

/** Runs one import, applying the corrections kept for the same file, keeps what it imported, and reports through `post`; never throws. */
export async function runImportJob(request: ImportRequest, source: GazetteerSource, keeper: ImportKeeper, post: (message: ImportMessage) => void): Promise<void> {
  try {
    const bytes = new Uint8Array(request.bytes);
    const fileHash = contentHash(bytes);
    const result = await importInventory(bytes, source, {
      ...request.options,
      corrections: await keeper.corrections(fileHash),
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    const datasetId = result.report.imported > 0 ? await keeper.keep(request.fileName, result, fileHash) : null;
    post({ type: 'done', report: result.report, source: result.source, fileHash, datasetId });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', message: `Import de « ${request.fileName} » impossible : ${reason}` });
  }
}
