import type { ImportIssue } from './report';

/** One data record of a table, with the line a spreadsheet shows for it (header = 1). */
export interface TableRow {
  line: number;
  cells: string[];
}

/** A parsed file before its columns are understood: a header and text cells. */
export interface Table {
  header: string[];
  rows: TableRow[];
  /** Problems met while parsing (unterminated quote...). */
  issues: ImportIssue[];
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The cells that make a row: trimmed, trailing empty cells aside. */
export function significantCells(cells: readonly string[]): string[] {
  const trimmed = cells.map((cell) => cell.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}
