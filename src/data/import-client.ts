import type { ImportMessage, ImportRequest, ImportRequestOptions } from './import-job';
import type { ImportResult } from './report';

/** The part of a Worker the client uses, so tests can stand in for it. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

const startWorker = (): WorkerLike => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/**
 * Imports a file in a Web Worker, so the page stays responsive; resolves with the cooperations
 * and the report, rejects with a French message. Gazetteers are read from the page's ./geo/.
 */
export async function importFile(
  file: Blob & { name?: string },
  options: ImportRequestOptions = {},
  onProgress?: (fraction: number) => void,
  createWorker: () => WorkerLike = startWorker,
): Promise<ImportResult> {
  const bytes = await file.arrayBuffer();
  const worker = createWorker();
  return new Promise<ImportResult>((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') {
        onProgress?.(data.fraction);
        return;
      }
      worker.terminate();
      if (data.type === 'done') resolve({ cooperations: data.cooperations, report: data.report });
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
