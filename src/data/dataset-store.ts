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

const DB_VERSION = 2;
const DATASETS = 'datasets';
const SUMMARIES = 'summaries';
const CHUNKS = 'chunks';
/**
 * Cooperations are stored in slices: browsers cap the size of one stored value (about 130 MB in
 * Chromium), which the 180,000 cooperations of a 50 MB file exceed.
 */
const CHUNK_SIZE = 20_000;

/** The record of a dataset in its store: all but the cooperations, which are in CHUNKS under [id, n]. */
type DatasetRecord = Omit<StoredDataset, 'cooperations'> & { chunks?: number };

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
  open.onupgradeneeded = (event) => {
    // Summaries live apart so that listing never loads the cooperations.
    if (event.oldVersion < 1) {
      open.result.createObjectStore(DATASETS, { keyPath: 'id' });
      open.result.createObjectStore(SUMMARIES, { keyPath: 'id' });
    }
    if (event.oldVersion < 2) open.result.createObjectStore(CHUNKS);
  };
  return request(open);
}

export function openDatasetStore(factory: IDBFactory = indexedDB, databaseName = 'coopatlas-datasets'): DatasetStore {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => (database ??= openDatabase(factory, databaseName));
  return {
    async save(dataset) {
      const { cooperations, ...rest } = dataset;
      const chunks = Math.ceil(cooperations.length / CHUNK_SIZE);
      const transaction = (await db()).transaction([DATASETS, SUMMARIES, CHUNKS], 'readwrite');
      // Every store is taken before the puts: copying a large dataset can outlast the transaction's first turn.
      const [records, summaries, slices] = [DATASETS, SUMMARIES, CHUNKS].map((name) => transaction.objectStore(name));
      summaries.put(summaryOf(dataset));
      records.put({ ...rest, chunks } satisfies DatasetRecord);
      for (let n = 0; n < chunks; n++) slices.put(cooperations.slice(n * CHUNK_SIZE, (n + 1) * CHUNK_SIZE), [dataset.id, n]);
      await done(transaction);
    },
    async list() {
      const summaries = await request((await db()).transaction(SUMMARIES).objectStore(SUMMARIES).getAll() as IDBRequest<DatasetSummary[]>);
      return summaries.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    },
    async load(id) {
      const transaction = (await db()).transaction([DATASETS, CHUNKS]);
      const record = await request(transaction.objectStore(DATASETS).get(id) as IDBRequest<DatasetRecord | undefined>);
      if (!record) return null;
      if (record.schemaVersion !== DATASET_SCHEMA_VERSION) {
        throw new Error(
          `Le jeu de données « ${record.name} » a été enregistré dans un format (version ${String(record.schemaVersion)}) que cette version ne lit pas : importez à nouveau le fichier.`,
        );
      }
      // Saved before datasets were sliced: the cooperations are in the record itself.
      if (record.chunks === undefined) return record as unknown as StoredDataset;
      const slices = transaction.objectStore(CHUNKS);
      const parts = await Promise.all(Array.from({ length: record.chunks }, (_, n) => request(slices.get([id, n]) as IDBRequest<Cooperation[]>)));
      const { chunks: _count, ...rest } = record;
      return { ...rest, cooperations: parts.flat() };
    },
    async remove(id) {
      const transaction = (await db()).transaction([DATASETS, SUMMARIES, CHUNKS], 'readwrite');
      transaction.objectStore(DATASETS).delete(id);
      transaction.objectStore(SUMMARIES).delete(id);
      transaction.objectStore(CHUNKS).delete(IDBKeyRange.bound([id, 0], [id, Infinity]));
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
    // crypto.randomUUID needs a secure context, which a site served over plain HTTP is not.
    id: `import-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
    name,
    importedAt: now.toISOString(),
    cooperations: result.cooperations,
    report: result.report,
  };
  await store.save(dataset);
  return dataset;
}
