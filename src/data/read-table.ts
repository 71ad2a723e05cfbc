import { parseCsv } from './csv';
import { decodeText } from './decode';
import type { ImportInput } from './report';
import type { Table } from './table';
import { isWikidataExport, wikidataToInventory } from './wikidata';
import { looksLikeXlsx, readXlsx, type SheetSelector } from './xlsx';

export interface ReadTableOptions {
  /** XLSX sheet: name, or position from 1; the first by default. */
  sheet?: SheetSelector;
}

/** Reads a CSV (any delimiter and encoding) or XLSX file, and maps a Wikidata export to inventory columns. */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<{ table: Table; input: ImportInput }> {
  let table: Table;
  let input: ImportInput;
  if (looksLikeXlsx(bytes)) {
    const sheet = await readXlsx(bytes.slice().buffer, options.sheet);
    table = sheet;
    input = { format: 'xlsx', sheet: sheet.sheet, wikidata: false };
  } else {
    const { text, encoding } = decodeText(bytes);
    const csv = parseCsv(text);
    table = csv;
    input = { format: 'csv', encoding, delimiter: csv.delimiter, wikidata: false };
  }
  if (!isWikidataExport(table)) return { table, input };
  return { table: wikidataToInventory(table), input: { ...input, wikidata: true } };
}
