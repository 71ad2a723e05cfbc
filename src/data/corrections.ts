import type { InventoryColumn } from '../domain/inventory';
import { stableId } from './hash';
import { significantCells, type TableRow } from './table';

/**
 * A mend made in the report: new values for some cells of one row of the file. Corrections are
 * kept per file (by the hash of its bytes) and applied again when the same file is imported.
 */
export interface RowCorrection {
  line: number;
  /** Hash of the row's cells as the file wrote them: a correction applies only to the row it was made on. */
  rowHash: string;
  cells: Partial<Record<InventoryColumn, string>>;
}

export function rowHash(cells: readonly string[]): string {
  return stableId(significantCells(cells));
}

/** The correction of a row, made on these cells of the file. */
export function correctionOf(row: TableRow, cells: RowCorrection['cells']): RowCorrection {
  return { line: row.line, rowHash: rowHash(row.cells), cells };
}

/** Adds a correction; a later one for the same row wins, cell by cell. */
export function withCorrection(corrections: readonly RowCorrection[], correction: RowCorrection): RowCorrection[] {
  const earlier = corrections.find((c) => c.line === correction.line && c.rowHash === correction.rowHash);
  const merged = earlier ? { ...correction, cells: { ...earlier.cells, ...correction.cells } } : correction;
  return [...corrections.filter((c) => c !== earlier), merged].sort((a, b) => a.line - b.line);
}

/** Finds the correction of a row, provided the row still has the cells it was made on. */
export function correctionFinder(corrections: readonly RowCorrection[]): (row: TableRow) => RowCorrection | undefined {
  if (corrections.length === 0) return () => undefined;
  const byLine = new Map(corrections.map((correction) => [correction.line, correction]));
  return (row) => {
    const correction = byLine.get(row.line);
    return correction && correction.rowHash === rowHash(row.cells) ? correction : undefined;
  };
}

/** "collectivite_code « 35288 », collectivite_nom « Saint-Malo »", for the report. */
export function describeCorrection(correction: RowCorrection): string {
  return Object.entries(correction.cells)
    .map(([column, value]) => `${column} « ${value} »`)
    .join(', ');
}
