import type { ImportMessage, ImportRequest, ImportRequestOptions } from './import-job';
import type { ImportSource } from './import-source';
import type { ImportReport } from './report';

/** An import's report, its rows to mend, the hash of its file, and the id of the dataset it was kept under (null when nothing was imported). */
export interface ImportOutcome {
  report: ImportReport;
  source: ImportSource;
  fileHash: string;
  datasetId: string | null;
}

/** The part of a Worker the client uses, so tests can stand in for it. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

const startWorker = (): WorkerLike => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/**
 * Imports a file in a Web Worker, so the page stays responsive; the worker keeps what it imported
 * in the dataset store. Resolves with the report and the dataset's id, rejects with a French message. Gazetteers are read from the page's ./geo/.
 */
export async function importFile(
  file: Blob & { name?: string },
  options: ImportRequestOptions = {},
  onProgress?: (fraction: number) => void,
  createWorker: () => WorkerLike = startWorker,
): Promise<ImportOutcome> {
  const bytes = await file.arrayBuffer();
  const worker = createWorker();
  return new Promise<ImportOutcome>((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') {
        onProgress?.(data.fraction);
        return;
      }
      worker.terminate();
      if (data.type === 'done') resolve({ report: data.report, source: data.source, fileHash: data.fileHash, datasetId: data.datasetId });
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`L'import s'est interrompu : ${event.message}`));
    };
    const request: ImportRequest = {
      bytes,
      fileName: file.name ?? 'fichier',
      options,
      geoBaseUrl: new URL('./geo/', document.baseURI).href,
    };
    worker.postMessage(request, [bytes]);
  });
}
