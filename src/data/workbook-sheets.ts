import { listSheets, looksLikeXlsx } from './xlsx';

/**
 * The sheets to choose between when a file is a workbook of several sheets; [] for any other file
 * (a CSV, a one-sheet workbook), which imports at once. Rejects with the reader's message.
 */
export async function sheetsToChoose(file: Blob): Promise<string[]> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (!looksLikeXlsx(head)) return [];
  const sheets = await listSheets(await file.arrayBuffer());
  return sheets.length > 1 ? sheets : [];
}
