import type { Cooperation } from '../domain/cooperation';
import type { RowCorrection } from './corrections';
import type { ImportSource } from './import-source';
import type { ImportReport, ImportResult } from './report';
import type { TableRow } from './table';

/**
 * Version 2 adds `fileHash` and `source` (to mend rows in the report). A record of version 1
 * reads as it is: its report shows, its rows cannot be mended.
 */
export const DATASET_SCHEMA_VERSION = 2;
const OLDEST_READABLE_VERSION = 1;

/** An imported dataset as kept in the browser (IndexedDB) across reloads. */
export interface StoredDataset {
  schemaVersion: number;
  id: string;
  name: string;
  /** ISO 8601 date-time. */
  importedAt: string;
  cooperations: Cooperation[];
  report: ImportReport;
  /** contentHash of the imported file: its corrections are kept under it. Absent before version 2. */
  fileHash?: string;
  /** The rows to mend and how the file was read. Absent before version 2. */
  source?: ImportSource;
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
  /** null when absent; rejects a record of a newer or unknown schema version with a French message. */
  load(id: string): Promise<StoredDataset | null>;
  /** Removes the dataset and the corrections of its file. */
  remove(id: string): Promise<void>;
  /** The corrections made in the reports of a file (by its contentHash), to apply when it is imported again. */
  corrections(fileHash: string): Promise<RowCorrection[]>;
  saveCorrections(fileHash: string, corrections: readonly RowCorrection[]): Promise<void>;
}

const DB_VERSION = 3;
const DATASETS = 'datasets';
const SUMMARIES = 'summaries';
const CHUNKS = 'chunks';
const CORRECTIONS = 'corrections';
/** The source rows of a dataset (its rows to mend), in slices as its cooperations are. */
const SOURCE_ROWS = 'sourceRows';
/**
 * Cooperations are stored in slices: browsers cap the size of one stored value (about 130 MB in
 * Chromium), which the 180,000 cooperations of a 50 MB file exceed.
 */
const CHUNK_SIZE = 20_000;

/**
 * The record of a dataset in its store: all but the cooperations, which are in CHUNKS under [id, n],
 * and the rows of its source, in SOURCE_ROWS under [id, n].
 */
type DatasetRecord = Omit<StoredDataset, 'cooperations' | 'source'> & {
  chunks?: number;
  source?: Omit<ImportSource, 'rows'> & { rowChunks: number };
};

const sliceCount = (list: readonly unknown[]) => Math.ceil(list.length / CHUNK_SIZE);

function putSlices(store: IDBObjectStore, id: string, list: readonly unknown[]): void {
  for (let n = 0; n < sliceCount(list); n++) store.put(list.slice(n * CHUNK_SIZE, (n + 1) * CHUNK_SIZE), [id, n]);
}

async function getSlices<T>(store: IDBObjectStore, id: string, count: number): Promise<T[]> {
  const parts = await Promise.all(Array.from({ length: count }, (_, n) => request(store.get([id, n]) as IDBRequest<T[]>)));
  return parts.flat();
}

/** Every slice of a dataset, whatever their number: a dataset saved again may have fewer. */
const slicesOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);

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
    if (event.oldVersion < 3) {
      open.result.createObjectStore(CORRECTIONS);
      open.result.createObjectStore(SOURCE_ROWS);
    }
  };
  return request(open);
}

export function openDatasetStore(factory: IDBFactory = indexedDB, databaseName = 'coopatlas-datasets'): DatasetStore {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => (database ??= openDatabase(factory, databaseName));
  return {
    async save(dataset) {
      const { cooperations, source, ...rest } = dataset;
      const transaction = (await db()).transaction([DATASETS, SUMMARIES, CHUNKS, SOURCE_ROWS], 'readwrite');
      // Every store is taken before the puts: copying a large dataset can outlast the transaction's first turn.
      const [records, summaries, slices, sourceRows] = [DATASETS, SUMMARIES, CHUNKS, SOURCE_ROWS].map((name) => transaction.objectStore(name));
      summaries.put(summaryOf(dataset));
      const record: DatasetRecord = { ...rest, chunks: sliceCount(cooperations) };
      if (source) {
        const { rows, ...read } = source;
        record.source = { ...read, rowChunks: sliceCount(rows) };
      }
      records.put(record);
      slices.delete(slicesOf(dataset.id));
      sourceRows.delete(slicesOf(dataset.id));
      putSlices(slices, dataset.id, cooperations);
      if (source) putSlices(sourceRows, dataset.id, source.rows);
      await done(transaction);
    },
    async list() {
      const summaries = await request((await db()).transaction(SUMMARIES).objectStore(SUMMARIES).getAll() as IDBRequest<DatasetSummary[]>);
      return summaries.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    },
    async load(id) {
      const transaction = (await db()).transaction([DATASETS, CHUNKS, SOURCE_ROWS]);
      const record = await request(transaction.objectStore(DATASETS).get(id) as IDBRequest<DatasetRecord | undefined>);
      if (!record) return null;
      const version = record.schemaVersion;
      if (!Number.isInteger(version) || version < OLDEST_READABLE_VERSION || version > DATASET_SCHEMA_VERSION) {
        throw new Error(
          `Le jeu de données « ${record.name} » a été enregistré dans un format (version ${String(record.schemaVersion)}) que cette version ne lit pas : importez à nouveau le fichier.`,
        );
      }
      // Saved before datasets were sliced: the cooperations are in the record itself.
      if (record.chunks === undefined) return record as unknown as StoredDataset;
      const { chunks, source, ...rest } = record;
      const cooperations = await getSlices<Cooperation>(transaction.objectStore(CHUNKS), id, chunks);
      if (!source) return { ...rest, cooperations };
      const { rowChunks, ...read } = source;
      return { ...rest, cooperations, source: { ...read, rows: await getSlices<TableRow>(transaction.objectStore(SOURCE_ROWS), id, rowChunks) } };
    },
    async remove(id) {
      const transaction = (await db()).transaction([DATASETS, SUMMARIES, CHUNKS, SOURCE_ROWS, CORRECTIONS], 'readwrite');
      const records = transaction.objectStore(DATASETS);
      const record = await request(records.get(id) as IDBRequest<DatasetRecord | undefined>);
      if (record?.fileHash) transaction.objectStore(CORRECTIONS).delete(record.fileHash);
      records.delete(id);
      transaction.objectStore(SUMMARIES).delete(id);
      transaction.objectStore(CHUNKS).delete(slicesOf(id));
      transaction.objectStore(SOURCE_ROWS).delete(slicesOf(id));
      await done(transaction);
    },
    async corrections(fileHash) {
      const stored = await request((await db()).transaction(CORRECTIONS).objectStore(CORRECTIONS).get(fileHash) as IDBRequest<RowCorrection[] | undefined>);
      return stored ?? [];
    },
    async saveCorrections(fileHash, corrections) {
      const transaction = (await db()).transaction(CORRECTIONS, 'readwrite');
      transaction.objectStore(CORRECTIONS).put([...corrections], fileHash);
      await done(transaction);
    },
  };
}

function summaryOf(dataset: StoredDataset): DatasetSummary {
  const { schemaVersion, id, name, importedAt, report } = dataset;
  return { schemaVersion, id, name, importedAt, rows: report.rows, imported: report.imported };
}

/** Saves an import at once, under a fresh id; returns what was stored. */
export async function saveImport(
  store: DatasetStore,
  name: string,
  result: ImportResult & { source?: ImportSource },
  now: Date = new Date(),
  fileHash?: string,
): Promise<StoredDataset> {
  const dataset: StoredDataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    // crypto.randomUUID needs a secure context, which a site served over plain HTTP is not.
    id: `import-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
    name,
    importedAt: now.toISOString(),
    cooperations: result.cooperations,
    report: result.report,
    ...(fileHash ? { fileHash } : {}),
    ...(result.source ? { source: result.source } : {}),
  };
  await store.save(dataset);
  return dataset;
}
