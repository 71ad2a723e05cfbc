import type { IssueList } from './report';
import { isBlankRow, type Table } from './table';

const HEADER_ROW = 1;

function usedLength(cells: readonly string[]): number {
  let length = cells.length;
  while (length > 0 && cells[length - 1].trim() === '') length--;
  return length;
}

/**
 * Says in the report when a file holds nothing to import, and gives the cells of rows longer than
 * the header columns of their own ("colonne 7"...), so that no cell is lost without a word.
 */
export function checkTableShape(table: Table, issues: IssueList): Table {
  const rows = table.rows.filter((row) => !isBlankRow(row.cells));
  if (rows.length === 0) {
    const empty = table.header.every((cell) => cell.trim() === '');
    if (empty) {
      issues.error(HEADER_ROW, null, 'table.empty');
      return { ...table, header: [] };
    }
    issues.error(HEADER_ROW, null, 'table.headerOnly');
    return table;
  }
  const width = table.header.length;
  const longest = rows.reduce((max, row) => Math.max(max, usedLength(row.cells)), width);
  if (longest === width) return table;
  const added = Array.from({ length: longest - width }, (_, i) => `colonne ${width + i + 1}`);
  for (const row of rows) {
    const length = usedLength(row.cells);
    if (length > width) {
      issues.warning(row.line, null, 'table.longRow', { length, width, first: added[0] });
    }
  }
  return { ...table, header: [...table.header, ...added] };
}
