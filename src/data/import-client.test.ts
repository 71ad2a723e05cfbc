import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { importFile, type WorkerLike } from './import-client';
import { openDatasetStore } from './dataset-store';
import { runImportJob, storeKeeper, type ImportMessage, type ImportRequest } from './import-job';

const datasets = openDatasetStore(new IDBFactory());

/** Runs the worker's job in the same thread, as the real worker would, message by message. */
class InThreadWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  request: ImportRequest | null = null;

  postMessage(request: ImportRequest): void {
    this.request = request;
    void runImportJob(request, miniGazetteers(), storeKeeper(datasets), (message) => this.onmessage?.({ data: message } as MessageEvent<ImportMessage>));
  }

  terminate(): void {
    this.terminated = true;
  }
}

vi.stubGlobal('document', { baseURI: 'http://localhost/atlas/index.html' });

describe('importFile', () => {
  it('imports in the worker, keeps the cooperations in the dataset store, relays progress and resolves with the report', async () => {
    const worker = new InThreadWorker();
    const rows = Array.from({ length: 1200 }, (_, i) => `35238;Sénégal;${i}`).join('\n');
    const file = new File([`code insee;pays;note\n${rows}`], 'inventaire.csv');
    const fractions: number[] = [];
    const { report, datasetId } = await importFile(file, {}, (fraction) => fractions.push(fraction), () => worker);
    expect(report).toMatchObject({ rows: 1200, imported: 1200 });
    expect((await datasets.load(datasetId!))?.cooperations).toHaveLength(1200);
    expect(fractions.at(-1)).toBe(1);
    expect(worker.terminated).toBe(true);
    expect(worker.request?.fileName).toBe('inventaire.csv');
    expect(worker.request?.geoBaseUrl).toBe('http://localhost/atlas/geo/');
  });

  it('rejects with the French message of a failed import', async () => {
    const file = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'casse.xlsx');
    await expect(importFile(file, {}, undefined, () => new InThreadWorker())).rejects.toThrow(/Import de « casse\.xlsx » impossible/);
  });
});
