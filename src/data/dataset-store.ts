import type { Cooperation } from '../domain/cooperation';
import type { ImportReport, ImportResult } from './report';

export const DATASET_SCHEMA_VERSION = 1;

/** An imported dataset as kept in the browser (IndexedDB) across reloads. */
export interface StoredDataset {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  id: string;
  name: string;
  /** ISO 8601 date-time. */
  importedAt: string;
  cooperations: Cooperation[];
  report: ImportReport;
}

/** What a list of datasets shows, without loading their cooperations. */
export interface DatasetSummary {
  schemaVersion: number;
  id: string;
  name: string;
  importedAt: string;
  rows: number;
  imported: number;
}

export interface DatasetStore {
  save(dataset: StoredDataset): Promise<void>;
  /** Most recent first. */
  list(): Promise<DatasetSummary[]>;
  /** null when absent; rejects a record of another schema version with a French message. */
  load(id: string): Promise<StoredDataset | null>;
  remove(id: string): Promise<void>;
}

const DB_VERSION = 1;
const DATASETS = 'datasets';
const SUMMARIES = 'summaries';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('Transaction IndexedDB annulée.'));
  });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const open = factory.open(name, DB_VERSION);
  open.onupgradeneeded = () => {
    // Summaries live apart so that listing never loads the cooperations.
    open.result.createObjectStore(DATASETS, { keyPath: 'id' });
    open.result.createObjectStore(SUMMARIES, { keyPath: 'id' });
  };
  return request(open);
}

export function openDatasetStore(factory: IDBFactory = indexedDB, databaseName = 'coopatlas-datasets'): DatasetStore {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => (database ??= openDatabase(factory, databaseName));
  return {
    async save(dataset) {
      const transaction = (await db()).transaction([DATASETS, SUMMARIES], 'readwrite');
      transaction.objectStore(DATASETS).put(dataset);
      transaction.objectStore(SUMMARIES).put(summaryOf(dataset));
      await done(transaction);
    },
    async list() {
      const summaries = await request((await db()).transaction(SUMMARIES).objectStore(SUMMARIES).getAll() as IDBRequest<DatasetSummary[]>);
      return summaries.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    },
    async load(id) {
      const record = await request((await db()).transaction(DATASETS).objectStore(DATASETS).get(id) as IDBRequest<StoredDataset | undefined>);
      if (!record) return null;
      if (record.schemaVersion !== DATASET_SCHEMA_VERSION) {
        throw new Error(
          `Le jeu de données « ${record.name} » a été enregistré dans un format (version ${String(record.schemaVersion)}) que cette version ne lit pas : importez à nouveau le fichier.`,
        );
      }
      return record;
    },
    async remove(id) {
      const transaction = (await db()).transaction([DATASETS, SUMMARIES], 'readwrite');
      transaction.objectStore(DATASETS).delete(id);
      transaction.objectStore(SUMMARIES).delete(id);
      await done(transaction);
    },
  };
}

function summaryOf(dataset: StoredDataset): DatasetSummary {
  const { schemaVersion, id, name, importedAt, report } = dataset;
  return { schemaVersion, id, name, importedAt, rows: report.rows, imported: report.imported };
}

/** Saves an import at once, under a fresh id; returns what was stored. */
export async function saveImport(store: DatasetStore, name: string, result: ImportResult, now: Date = new Date()): Promise<StoredDataset> {
  const dataset: StoredDataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    name,
    importedAt: now.toISOString(),
    cooperations: result.cooperations,
    report: result.report,
  };
  await store.save(dataset);
  return dataset;
}
