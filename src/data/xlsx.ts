import type { Table } from './table';

/** Sheet to read: its name, or its position counted from 1. */
export type SheetSelector = string | number;

export interface XlsxTable extends Table {
  sheet: string;
}

/** ZIP local file header: every XLSX file starts with it. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

// Loaded on demand so that the XLSX reader stays out of the app's first chunk.
const loadReader = () => import('read-excel-file/universal');

export async function listSheets(bytes: ArrayBuffer): Promise<string[]> {
  const { default: readXlsxFile } = await loadReader();
  return (await readXlsxFile(bytes)).map((sheet) => sheet.sheet);
}

/** Reads one sheet (the first by default) as text cells; a missing sheet throws a French message. */
export async function readXlsx(bytes: ArrayBuffer, selector: SheetSelector = 1): Promise<XlsxTable> {
  const { default: readXlsxFile } = await loadReader();
  const sheets = await readXlsxFile(bytes);
  const found =
    typeof selector === 'number' ? sheets[selector - 1] : sheets.find((sheet) => sheet.sheet === selector);
  if (!found) {
    const names = sheets.map((sheet) => `« ${sheet.sheet} »`).join(', ');
    throw new Error(`Feuille ${typeof selector === 'number' ? `n° ${selector}` : `« ${selector} »`} introuvable ; feuilles du classeur : ${names}.`);
  }
  const [header = [], ...data] = found.data.map((row) => row.map(cellText));
  return {
    sheet: found.sheet,
    header,
    rows: data.map((cells, index) => ({ line: index + 2, cells })),
    issues: [],
  };
}

/**
 * Spreadsheet values as the text a French user would type: decimal comma (so "1234,5" is never
 * read as thousands), dates as ISO days (a year column then reads the year), booleans as oui/non.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return String(value);
}
