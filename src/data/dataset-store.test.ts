import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMA_VERSION, openDatasetStore, saveImport, type StoredDataset } from './dataset-store';
import type { ImportResult } from './report';

const result: ImportResult = { cooperations: [], report: { rows: 3, imported: 2, rejected: 1, issues: [] } };

describe('dataset store (IndexedDB)', () => {
  it('saves an import at once, lists it, loads it and deletes it', async () => {
    const store = openDatasetStore(new IDBFactory());
    const older = await saveImport(store, 'inventaire-2023.csv', result, new Date('2024-01-01T10:00:00Z'));
    const newer = await saveImport(store, 'inventaire-2024.xlsx', result, new Date('2025-01-01T10:00:00Z'));
    expect(newer.schemaVersion).toBe(DATASET_SCHEMA_VERSION);
    expect((await store.list()).map((summary) => [summary.name, summary.rows, summary.imported])).toEqual([
      ['inventaire-2024.xlsx', 3, 2],
      ['inventaire-2023.csv', 3, 2],
    ]);
    expect(await store.load(older.id)).toEqual(older);
    await store.remove(older.id);
    expect(await store.load(older.id)).toBeNull();
    expect((await store.list()).map((summary) => summary.id)).toEqual([newer.id]);
  });

  it('keeps datasets across reopenings of the database', async () => {
    const factory = new IDBFactory();
    const saved = await saveImport(openDatasetStore(factory), 'a.csv', result);
    expect(await openDatasetStore(factory).load(saved.id)).toEqual(saved);
  });

  it('refuses a record of an unknown schema version with a message', async () => {
    const store = openDatasetStore(new IDBFactory());
    const future = { schemaVersion: DATASET_SCHEMA_VERSION + 1, id: 'x', name: 'futur.csv', importedAt: '2030-01-01T00:00:00Z', ...result } as StoredDataset;
    await store.save(future);
    await expect(store.load('x')).rejects.toThrow(new RegExp(`« futur\\.csv ».*version ${DATASET_SCHEMA_VERSION + 1}.*importez à nouveau`));
  });

  it('still reads a dataset of version 1, saved before the report kept its rows to mend', async () => {
    const store = openDatasetStore(new IDBFactory());
    const old = { schemaVersion: 1, id: 'v1', name: 'ancien.csv', importedAt: '2025-01-01T00:00:00Z', ...result };
    await store.save(old);
    expect(await store.load('v1')).toEqual(old);
  });

  it('keeps the corrections of a file under its hash, and removes them with its dataset', async () => {
    const store = openDatasetStore(new IDBFactory());
    const correction = { line: 2, rowHash: 'abc', cells: { collectivite_nom: 'Saint-Malo' } };
    expect(await store.corrections('h1')).toEqual([]);
    await store.saveCorrections('h1', [correction]);
    expect(await store.corrections('h1')).toEqual([correction]);
    const saved = await saveImport(store, 'a.csv', result, new Date(), 'h1');
    expect((await store.load(saved.id))?.fileHash).toBe('h1');
    await store.remove(saved.id);
    expect(await store.corrections('h1')).toEqual([]);
  });

  it('keeps the rows to mend in slices, and a dataset saved again with fewer rows has only those', async () => {
    const store = openDatasetStore(new IDBFactory());
    const rows = Array.from({ length: 45_001 }, (_, i) => ({ line: i + 2, cells: [`c${i}`] }));
    const source = { header: ['a'], columnMapping: {}, unmappedHeaders: [], rows, corrections: [] };
    const saved = await saveImport(store, 'grand.csv', { ...result, source }, new Date(), 'h');
    expect(await store.load(saved.id)).toEqual(saved);
    const fewer = { ...saved, source: { ...source, rows: rows.slice(0, 3) } };
    await store.save(fewer);
    expect((await store.load(saved.id))?.source?.rows).toEqual(rows.slice(0, 3));
  });

  it('stores a large dataset in slices and gives it back whole, in order', async () => {
    const store = openDatasetStore(new IDBFactory());
    const cooperations = Array.from({ length: 45_001 }, (_, i) => ({ id: `c${i}` })) as unknown as ImportResult['cooperations'];
    const saved = await saveImport(store, 'grand.csv', { cooperations, report: result.report });
    const loaded = await store.load(saved.id);
    expect(loaded?.cooperations.map((c) => c.id)).toEqual(cooperations.map((c) => c.id));
    await store.remove(saved.id);
    expect(await store.load(saved.id)).toBeNull();
  });
});
