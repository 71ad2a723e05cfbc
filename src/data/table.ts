import type { ImportMessage } from '../i18n/import-messages';
import { canonicalColumn } from './columns';
import { issueOf, type ImportIssue, type IssueSeverity } from './report';

/** One data record of a table, with the line a spreadsheet shows for it (header = 1). */
export interface TableRow {
  line: number;
  cells: string[];
  /** Numeric spreadsheet cells by column index, their value as stored (the text is for display). */
  numbers?: (number | undefined)[];
}

/** A parsed file before its columns are understood: a header and text cells. */
export interface Table {
  header: string[];
  rows: TableRow[];
  /** Problems met while parsing (unterminated quote...). */
  issues: ImportIssue[];
}

/** Something noticed in one cell (column index) or record (column null) while reading a file. */
export interface CellNote {
  line: number;
  column: number | null;
  severity: IssueSeverity;
  message: ImportMessage;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Length of the cells once trailing empty cells are set aside. */
export function usedLength(cells: readonly string[]): number {
  let length = cells.length;
  while (length > 0 && cells[length - 1].trim() === '') length--;
  return length;
}

/** How many records to look through for a header below a title, a blank line or notes. */
const HEADER_SEARCH = 20;

/** Distinct inventory columns a record names (a merged title repeated over its columns counts once). */
const recognisedColumns = (cells: readonly string[]) => new Set(cells.map(canonicalColumn).filter((column) => column !== null)).size;

/**
 * The index of the header among the records: the first non-blank one, unless one of the next
 * records names more inventory columns (at least two), as under a title row.
 */
function headerIndex(records: readonly TableRow[]): number {
  const first = records.findIndex((record) => !isBlankRow(record.cells));
  if (first < 0) return 0;
  let best = first;
  let bestCount = Math.max(1, recognisedColumns(records[first].cells));
  for (let index = first + 1; index < Math.min(records.length, first + HEADER_SEARCH); index++) {
    const count = recognisedColumns(records[index].cells);
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A table from the records of a file, header included: the header is found (see headerIndex),
 * its trailing empty cells dropped, and the notes become issues naming the header of their column.
 */
export function tableFromRecords(records: readonly TableRow[], notes: readonly CellNote[] = []): Table {
  const index = headerIndex(records);
  const headerRecord = records[index];
  const header = headerRecord ? headerRecord.cells.slice(0, usedLength(headerRecord.cells)) : [];
  const issues = notes.map((note) => {
    const name = note.column === null ? null : header[note.column] || `colonne ${note.column + 1}`;
    return issueOf(note.line, name, note.severity, note.message);
  });
  if (records.slice(0, index).some((record) => !isBlankRow(record.cells))) {
    issues.unshift(issueOf(headerRecord.line, null, 'warning', { code: 'table.headerBelow', params: { row: headerRecord.line } }));
  }
  return { header, rows: records.slice(index + 1), issues };
}

/** The cells that make a row: trimmed, trailing empty cells aside. */
export function significantCells(cells: readonly string[]): string[] {
  return cells.slice(0, usedLength(cells)).map((cell) => cell.trim());
}
