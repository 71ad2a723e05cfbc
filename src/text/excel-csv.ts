/** CSV as French Excel opens it, shared by every export (inventory, common partners). */

const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

const NEUTRALISED = /^'+[=+\-@]/;

/**
 * A cell that a spreadsheet would run as a formula (starting with = + - @) gets a leading
 * apostrophe; plain numbers such as "-16,5" are left alone. The importer removes the apostrophe,
 * so a text that already looks neutralised ("'@") gets one more, to come back as it was.
 */
export function neutraliseFormula(cell: string): string {
  const formula = /^[=+\-@]/.test(cell) && !PLAIN_NUMBER.test(cell);
  return formula || NEUTRALISED.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula. */
export function unneutraliseFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

function csvCell(value: string): string {
  const cell = neutraliseFormula(value);
  return /[";\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** UTF-8 with BOM, `;` separator, CRLF, cells that would run as formulas neutralised. */
export function excelCsv(rows: Iterable<readonly string[]>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
