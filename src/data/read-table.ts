import { parseCsv } from './csv';
import { decodeText } from './decode';
import { unreadableReason } from './file-kind';
import type { ImportInput } from './report';
import type { Table } from './table';
import { isWikidataExport, wikidataToInventory } from './wikidata';
import { looksLikeXlsx, readXlsx, type SheetSelector } from './xlsx';

export interface ReadTableOptions {
  /** XLSX sheet: name, or position from 1; the first by default. */
  sheet?: SheetSelector;
}

/** A file that is no table at all; its message, in French, says what it is. */
export class UnreadableFileError extends Error {}

async function readWorkbook(bytes: Uint8Array, sheet: SheetSelector | undefined) {
  try {
    return await readXlsx(bytes.slice().buffer, sheet);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Feuille')) throw error;
    throw new UnreadableFileError('ce fichier XLSX est illisible (classeur endommagé ou protégé) : ouvrez-le dans le tableur et enregistrez-le à nouveau');
  }
}

/** Reads a CSV (any delimiter and encoding) or XLSX file, and maps a Wikidata export to inventory columns. */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<{ table: Table; input: ImportInput }> {
  let table: Table;
  let input: ImportInput;
  if (looksLikeXlsx(bytes)) {
    const sheet = await readWorkbook(bytes, options.sheet);
    table = sheet;
    input = { format: 'xlsx', sheet: sheet.sheet, wikidata: false };
  } else {
    const reason = unreadableReason(bytes);
    if (reason) throw new UnreadableFileError(reason);
    const { text, encoding } = decodeText(bytes);
    const csv = parseCsv(text);
    table = csv;
    input = { format: 'csv', encoding, delimiter: csv.delimiter, wikidata: false };
  }
  if (!isWikidataExport(table)) return { table, input };
  return { table: wikidataToInventory(table), input: { ...input, wikidata: true } };
}
