import { parseCsv } from './csv';
import { decodeText } from './decode';
import { unreadableReason } from './file-kind';
import { limitsWith, type ImportLimits } from './import-limits';
import { canonicalColumn } from './columns';
import { issueOf, UnreadableFileError, type ImportInput, type ImportIssue } from './report';
import { tableFromRecords, type Table } from './table';
import { isWikidataExport, wikidataToInventory } from './wikidata';
import { looksLikeXlsx, openXlsx, type SheetSelector } from './xlsx';

export { UnreadableFileError };

export interface ReadTableOptions {
  /** XLSX sheet: name, or position from 1; by default the first that holds an inventory. */
  sheet?: SheetSelector;
  /** Lower limits than IMPORT_LIMITS (the tests use them to reach each limit with a small file). */
  limits?: Partial<ImportLimits>;
}

const REPLACEMENT = '\uFFFD';

/** A table names an inventory when its header has at least two known columns. */
const isInventory = (table: Table) => table.header.filter((cell) => canonicalColumn(cell) !== null).length >= 2;

/**
 * The sheet asked for, or else the first sheet that holds an inventory (a workbook often opens on
 * a notes or cover sheet), said in the report; the first sheet when none does.
 */
function readWorkbookTable(bytes: Uint8Array, selector: SheetSelector | undefined, limits: ImportLimits) {
  const workbook = openXlsx(bytes, limits);
  const tableOf = (sheet: ReturnType<typeof workbook.read>) => ({ name: sheet.sheet, table: tableFromRecords(sheet.records, sheet.notes) });
  const first = tableOf(workbook.read(selector ?? 1));
  if (selector !== undefined || isInventory(first.table)) return first;
  for (let position = 2; position <= workbook.sheets.length; position++) {
    const other = tableOf(workbook.read(position));
    if (isInventory(other.table)) {
      other.table.issues.unshift(issueOf(1, null, 'warning', { code: 'xlsx.otherSheet', params: { first: first.name, sheet: other.name } }));
      return other;
    }
  }
  return first;
}

/** One warning for the file, and one per cell holding a character its invalid bytes became. */
function markDamagedCells(table: Table, damaged: number): void {
  const issues: ImportIssue[] = [];
  for (const row of table.rows) {
    row.cells.forEach((cell, column) => {
      if (cell.includes(REPLACEMENT)) issues.push(issueOf(row.line, table.header[column] || `colonne ${column + 1}`, 'warning', { code: 'text.damagedCell' }));
    });
  }
  const row = issues[0]?.row ?? 1;
  table.issues.push(issueOf(1, null, 'warning', { code: 'text.damagedBytes', params: { count: damaged, row } }), ...issues);
}

/** Reads a CSV (any delimiter and encoding) or XLSX file, and maps a Wikidata export to inventory columns. */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<{ table: Table; input: ImportInput }> {
  const limits = limitsWith(options.limits);
  if (bytes.length > limits.fileBytes) {
    throw new UnreadableFileError({ code: 'file.tooLarge', params: { size: bytes.length, limit: limits.fileBytes } });
  }
  let table: Table;
  let input: ImportInput;
  if (looksLikeXlsx(bytes)) {
    const sheet = readWorkbookTable(bytes, options.sheet, limits);
    table = sheet.table;
    input = { format: 'xlsx', sheet: sheet.name, wikidata: false };
  } else {
    const reason = unreadableReason(bytes);
    if (reason) throw new UnreadableFileError(reason);
    const { text, encoding, damaged } = decodeText(bytes);
    const csv = parseCsv(text, undefined, limits);
    if (damaged) markDamagedCells(csv, damaged);
    table = csv;
    input = { format: 'csv', encoding, delimiter: csv.delimiter, wikidata: false };
  }
  if (!isWikidataExport(table)) return { table, input };
  return { table: wikidataToInventory(table), input: { ...input, wikidata: true } };
}
