import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatasetStore, saveImport, type StoredDataset } from './dataset-store';
import type { ImportResult } from './report';

const result: ImportResult = { cooperations: [], report: { rows: 3, imported: 2, rejected: 1, issues: [] } };

describe('dataset store (IndexedDB)', () => {
  it('saves an import at once, lists it, loads it and deletes it', async () => {
    const store = openDatasetStore(new IDBFactory());
    const older = await saveImport(store, 'inventaire-2023.csv', result, new Date('2024-01-01T10:00:00Z'));
    const newer = await saveImport(store, 'inventaire-2024.xlsx', result, new Date('2025-01-01T10:00:00Z'));
    expect(newer.schemaVersion).toBe(1);
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
    const future = { schemaVersion: 2, id: 'x', name: 'futur.csv', importedAt: '2030-01-01T00:00:00Z', ...result } as unknown as StoredDataset;
    await store.save(future);
    await expect(store.load('x')).rejects.toThrow(/« futur\.csv ».*version 2.*importez à nouveau/);
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
