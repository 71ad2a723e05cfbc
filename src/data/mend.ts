import type { Cooperation } from '../domain/cooperation';
import { correctionOf, withCorrection, type RowCorrection } from './corrections';
import type { DatasetStore, StoredDataset } from './dataset-store';
import type { GazetteerSource } from './gazetteer-source';
import { importTable } from './import';
import type { FixOption } from './row-fix';

export interface MendedDataset {
  dataset: StoredDataset;
  /** Every correction of the file, this one included: to keep under its hash. */
  corrections: RowCorrection[];
}

/**
 * Mends one row of an imported dataset with new cell values: the row is read and resolved again
 * exactly as the import does, then its cooperation, its issues and the counts replace the old ones.
 */
export async function mendRow(dataset: StoredDataset, line: number, cells: FixOption['cells'], gazetteers: GazetteerSource): Promise<MendedDataset> {
  const source = dataset.source;
  const row = source?.rows.find((candidate) => candidate.line === line);
  if (!source || !row) throw new Error(`La ligne ${line} de « ${dataset.name} » ne peut pas être corrigée ici : importez à nouveau le fichier.`);
  const corrections = withCorrection(source.corrections, correctionOf(row, cells));
  const again = await importTable({ header: source.header, rows: [row], issues: [] }, dataset.report.input ?? { format: 'csv', wikidata: false }, gazetteers, {
    columnMapping: source.columnMapping,
    corrections,
  });
  const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
  const issues = [...dataset.report.issues.filter((issue) => issue.row !== line), ...again.report.issues.filter((issue) => issue.row === line)].sort(byRow);
  const bySourceRow = (a: Cooperation, b: Cooperation) => (a.sourceRow ?? 0) - (b.sourceRow ?? 0);
  const others = dataset.cooperations.filter((cooperation) => cooperation.sourceRow !== line);
  const cooperations = [...others, ...again.cooperations].sort(bySourceRow);
  return {
    dataset: {
      ...dataset,
      cooperations,
      report: { ...dataset.report, imported: cooperations.length, rejected: dataset.report.rows - cooperations.length, issues },
      // The row stays, mended or not: the user may mend it again.
      source: { ...source, corrections },
    },
    corrections,
  };
}

/** Mends a row of a stored dataset and keeps the result: the dataset, and the corrections under its file's hash. */
export async function mendStored(store: DatasetStore, id: string, line: number, cells: FixOption['cells'], gazetteers: GazetteerSource): Promise<StoredDataset> {
  const stored = await store.load(id);
  if (!stored) throw new Error(`Le jeu de données ${id} n’est plus dans ce navigateur.`);
  const { dataset, corrections } = await mendRow(stored, line, cells, gazetteers);
  await store.save(dataset);
  if (dataset.fileHash) await store.saveCorrections(dataset.fileHash, corrections);
  return dataset;
}
