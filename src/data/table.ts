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
