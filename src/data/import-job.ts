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

/** What the import worker answers: progress messages, then done or failed. */
export type ImportMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; cooperations: Cooperation[]; report: ImportReport }
  | { type: 'failed'; message: string };

/** Runs one import and reports through `post`; never throws. */
export async function runImportJob(request: ImportRequest, source: GazetteerSource, post: (message: ImportMessage) => void): Promise<void> {
  try {
    const { cooperations, report } = await importInventory(new Uint8Array(request.bytes), source, {
      ...request.options,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    post({ type: 'done', cooperations, report });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', message: `Import de « ${request.fileName} » impossible : ${reason}` });
  }
}
