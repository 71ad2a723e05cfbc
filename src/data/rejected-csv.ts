import type { ImportSource } from './import-source';
import type { ImportReport } from './report';
import { excelCsv } from '../text/excel-csv';

/** The column that says why a row was rejected; the importer keeps it as a pass-through column. */
export const REASON_COLUMN = 'motif_rejet';

/**
 * The rejected rows with their cells as the file wrote them and the reasons in a last column, as
 * French Excel opens a CSV (UTF-8 with BOM, `;`, CRLF): to fix in the spreadsheet and import again.
 */
export function toRejectedCsv(source: Pick<ImportSource, 'header' | 'rows'>, report: Pick<ImportReport, 'issues'>): string {
  const reasons = new Map<number, string[]>();
  for (const issue of report.issues) {
    if (issue.severity !== 'error' || issue.row === 1) continue;
    const reason = issue.column ? `${issue.column} : ${issue.message}` : issue.message;
    reasons.set(issue.row, [...(reasons.get(issue.row) ?? []), reason]);
  }
  // A row longer than the header keeps its last cells, under unnamed columns.
  const width = source.rows.reduce((widest, row) => Math.max(widest, row.cells.length), source.header.length);
  const header = Array.from({ length: width }, (_, i) => source.header[i] ?? '');
  const lines = [[...header, REASON_COLUMN]];
  for (const row of source.rows) {
    const reason = reasons.get(row.line);
    if (!reason) continue;
    const cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? '');
    lines.push([...cells, reason.join(' | ')]);
  }
  return excelCsv(lines);
}
