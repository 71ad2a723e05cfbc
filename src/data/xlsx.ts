import { IMPORT_LIMITS, XLSX_MAX_ROW, type ImportLimits } from './import-limits';
import { UnreadableFileError } from './report';
import { tableFromRecords, type CellNote, type Table, type TableRow } from './table';
import { attribute, elementScanner, readZipParts, wholeText, xmlText, type PartReader } from './zip-parts';

/** Sheet to read: its name, or its position counted from 1 (a name that is all digits is a name first). */
export type SheetSelector = string | number;

/** The rows of one sheet as a spreadsheet shows them: each with its own line number, blank rows absent. */
export interface XlsxSheet {
  sheet: string;
  records: TableRow[];
  notes: CellNote[];
}

/** ZIP local file header: every XLSX file starts with it. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

interface Workbook {
  sheets: { name: string; path: string }[];
  strings: string[];
  dateStyles: Set<number>;
  epochMs: number;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** Everything but the sheets: their names and paths, shared strings, date styles. */
function readWorkbook(bytes: Uint8Array, limits: ImportLimits): Workbook {
  const workbook = wholeText();
  const relations = wholeText();
  const styles = wholeText();
  const mimetype = wholeText();
  const strings: string[] = [];
  const parts: Record<string, PartReader> = {
    'xl/workbook.xml': workbook.reader,
    'xl/_rels/workbook.xml.rels': relations.reader,
    'xl/styles.xml': styles.reader,
    'xl/sharedStrings.xml': elementScanner('si', (si) => void strings.push(richText(si))),
    mimetype: mimetype.reader,
  };
  const names = readZipParts(bytes, (name) => parts[name], limits.xmlBytes);
  if (mimetype.text().startsWith(ODS_MIME)) throw new UnreadableFileError({ code: 'file.ods' });
  if (!names.includes('xl/workbook.xml')) throw new UnreadableFileError({ code: 'xlsx.unreadable' });
  const targets = new Map<string, string>();
  for (const [tag] of relations.text().matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = [...workbook.text().matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].flatMap(([tag]) => {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const path = id ? targets.get(id) : undefined;
    const name = attribute(tag, 'name');
    return path && name !== undefined ? [{ name, path }] : [];
  });
  const date1904 = /date1904\s*=\s*"(1|true)"/.test(workbook.text());
  return { sheets, strings, dateStyles: dateStyles(styles.text()), epochMs: date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS };
}

/** The text of a shared or inline string: its `<t>` runs, phonetic hints aside. */
function richText(xml: string): string {
  const runs = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let text = '';
  for (const match of runs.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g)) text += xmlText(match[1]);
  return text;
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Indexes of the cell styles (`s`) whose number format shows a date. */
function dateStyles(xml: string): Set<number> {
  const customDates = new Set<number>();
  for (const [tag] of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)) {
    const code = (attribute(tag, 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (/[dmy]/i.test(code)) customDates.add(Number(attribute(tag, 'numFmtId')));
  }
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  const styles = new Set<number>();
  [...cellXfs.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*>/g)].forEach(([tag], index) => {
    const format = Number(attribute(tag, 'numFmtId') ?? 0);
    if (BUILT_IN_DATE_FORMATS.has(format) || customDates.has(format)) styles.add(index);
  });
  return styles;
}

/** Column index from 0 of a cell reference ("B7" → 1), or -1 when it has no letters. */
function columnIndex(reference: string): number {
  let index = 0;
  let letters = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0) & ~0x20;
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    // Stops counting early: a reference this long is out of bounds whatever follows.
    if (++letters > 4) return Number.MAX_SAFE_INTEGER;
  }
  return letters === 0 ? -1 : index - 1;
}

const CELL = /<(?:[\w.-]+:)?c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const FORMULA = /<(?:[\w.-]+:)?f(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?f>|<(?:[\w.-]+:)?f\s[^>]*\/>/;
const INLINE = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

/** Reads the rows of one sheet part, merged cells filled. */
function readSheetRows(bytes: Uint8Array, book: Workbook, path: string, limits: ImportLimits): Omit<XlsxSheet, 'sheet'> {
  const records: TableRow[] = [];
  const notes: CellNote[] = [];
  let previousRow = 0;
  const onRow = (xml: string) => {
    const line = Number(attribute(xml.slice(0, xml.indexOf('>') + 1), 'r') ?? previousRow + 1);
    if (!Number.isInteger(line) || line < 1 || line > XLSX_MAX_ROW) {
      throw new UnreadableFileError({ code: 'xlsx.rowBeyondLimit', params: { row: line, limit: XLSX_MAX_ROW } });
    }
    previousRow = line;
    const row = readCells(xml, line, book, limits, notes);
    if (row.cells.length === 0) return;
    if (records.length >= limits.rows) throw new UnreadableFileError({ code: 'file.tooManyRows', params: { limit: limits.rows } });
    records.push(row);
  };
  const merges: string[] = [];
  const rows = elementScanner('row', onRow);
  // <mergeCells> follows <sheetData>: read in the same pass.
  const mergeCells = elementScanner('mergeCell', (xml) => void merges.push(attribute(xml, 'ref') ?? ''));
  const scan = (text: string) => {
    rows(text);
    mergeCells(text);
  };
  readZipParts(bytes, (name) => (name === path ? scan : undefined), limits.xmlBytes);
  fillMerges(records, merges);
  return { records, notes };
}

const rowOf = (reference: string) => Number(/\d+$/.exec(reference)?.[0] ?? NaN);

/**
 * A merged range shows its first cell's value across the range (a header "Partenaire" over two
 * rows, a collectivity merged over its three cooperations): each empty cell of the range gets it,
 * within the rows and columns that hold something.
 */
function fillMerges(records: TableRow[], references: readonly string[]): void {
  if (references.length === 0 || records.length === 0) return;
  const byLine = new Map(records.map((record) => [record.line, record]));
  const width = records.reduce((max, record) => Math.max(max, record.cells.length), 0);
  const lastLine = records[records.length - 1].line;
  for (const reference of references) {
    const [from, to = from] = reference.split(':');
    const [firstColumn, firstLine] = [columnIndex(from), rowOf(from)];
    const [lastColumn, endLine] = [Math.min(columnIndex(to), width - 1), Math.min(rowOf(to), lastLine)];
    const origin = byLine.get(firstLine);
    const value = origin?.cells[firstColumn];
    if (!value || firstColumn < 0) continue;
    const number = origin.numbers?.[firstColumn];
    for (let line = firstLine; line <= endLine; line++) {
      const record = byLine.get(line);
      if (!record) continue;
      for (let column = firstColumn; column <= lastColumn; column++) {
        if (record.cells[column]) continue;
        while (record.cells.length < column) record.cells.push('');
        record.cells[column] = value;
        if (number !== undefined) (record.numbers ??= [])[column] = number;
      }
    }
  }
}

function readCells(xml: string, line: number, book: Workbook, limits: ImportLimits, notes: CellNote[]): TableRow {
  const cells: string[] = [];
  const numbers: (number | undefined)[] = [];
  let previousColumn = -1;
  for (const [, attributes, inner = ''] of xml.matchAll(CELL)) {
    const tag = ` ${attributes}`;
    const reference = attribute(tag, 'r');
    const column = reference === undefined ? previousColumn + 1 : columnIndex(reference);
    if (column < 0 || column >= limits.columns) {
      throw new UnreadableFileError({ code: 'xlsx.columnBeyondLimit', params: { cell: reference ?? '?', limit: limits.columns } });
    }
    previousColumn = column;
    const value = cellValue(tag, inner, book, (note) => notes.push({ line, column, ...note }));
    if (value === '') continue;
    cells[column] = typeof value === 'number' ? cellText(value) : value;
    if (typeof value === 'number') numbers[column] = value;
  }
  const row: TableRow = { line, cells: Array.from(cells, (cell) => cell ?? '') };
  if (numbers.length > 0) row.numbers = numbers;
  return row;
}

/** A cell's value: a number (kept as such), or its text; '' when empty, with a note when a value is missing. */
function cellValue(tag: string, inner: string, book: Workbook, note: (note: Omit<CellNote, 'line' | 'column'>) => void): string | number {
  const type = attribute(tag, 't') ?? 'n';
  if (type === 'inlineStr') return richText(INLINE.exec(inner)?.[1] ?? '');
  const raw = VALUE.exec(inner)?.[1];
  if (raw === undefined || raw === '') {
    const formula = FORMULA.exec(inner);
    if (formula) note({ severity: 'warning', message: { code: 'xlsx.formulaWithoutValue', params: { formula: `=${xmlText(formula[1] ?? '')}` } } });
    return '';
  }
  const text = xmlText(raw);
  switch (type) {
    case 's':
      return book.strings[Number(text)] ?? '';
    case 'str':
      return text;
    case 'b':
      return text === '1' || text === 'true' ? 'oui' : 'non';
    case 'e':
      note({ severity: 'warning', message: { code: 'xlsx.errorCell', params: { value: text } } });
      return '';
    case 'd':
      return text.slice(0, 10);
    default: {
      const number = Number(text);
      if (!Number.isFinite(number)) return text;
      if (book.dateStyles.has(Number(attribute(tag, 's') ?? 0))) return new Date(book.epochMs + number * DAY_MS).toISOString().slice(0, 10);
      return number;
    }
  }
}

function findSheet(book: Workbook, selector: SheetSelector) {
  const byName = typeof selector === 'string' ? book.sheets.find((sheet) => sheet.name === selector) : undefined;
  const position = typeof selector === 'number' ? selector : /^\d+$/.test(selector) ? Number(selector) : NaN;
  const found = byName ?? book.sheets[position - 1];
  if (found) return found;
  const names = book.sheets.map((sheet) => `« ${sheet.name} »`).join(', ');
  throw new UnreadableFileError({
    code: 'xlsx.sheetMissing',
    params: { sheet: typeof selector === 'number' ? `n° ${selector}` : `« ${selector} »`, names },
  });
}

function openWorkbook(bytes: ArrayBuffer | Uint8Array, limits: ImportLimits): { data: Uint8Array; book: Workbook } {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return { data, book: readWorkbook(data, limits) };
  } catch (error) {
    throw error instanceof UnreadableFileError ? error : new UnreadableFileError({ code: 'xlsx.unreadable' });
  }
}

/** One sheet as a table (the first by default). */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array, selector: SheetSelector = 1, limits: ImportLimits = IMPORT_LIMITS): Promise<Table & { sheet: string }> {
  const { sheet, records, notes } = openXlsx(bytes, limits).read(selector);
  return { sheet, ...tableFromRecords(records, notes) };
}

export async function listSheets(bytes: ArrayBuffer | Uint8Array): Promise<string[]> {
  return openWorkbook(bytes, IMPORT_LIMITS).book.sheets.map((sheet) => sheet.name);
}

/** A workbook opened once, whose sheets can then be read one by one. */
export interface OpenedWorkbook {
  sheets: string[];
  read(selector: SheetSelector): XlsxSheet;
}

export function openXlsx(bytes: ArrayBuffer | Uint8Array, limits: ImportLimits = IMPORT_LIMITS): OpenedWorkbook {
  const { data, book } = openWorkbook(bytes, limits);
  return {
    sheets: book.sheets.map((sheet) => sheet.name),
    read(selector) {
      const { name, path } = findSheet(book, selector);
      try {
        return { sheet: name, ...readSheetRows(data, book, path, limits) };
      } catch (error) {
        throw error instanceof UnreadableFileError ? error : new UnreadableFileError({ code: 'xlsx.unreadable' });
      }
    },
  };
}

/**
 * Spreadsheet values as the text a French user would type: decimal comma, dates as ISO days (a
 * year column then reads the year), booleans as oui/non. Numbers also keep their value beside
 * the text (TableRow.numbers), so that "123,456" is never read back as thousands.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return String(value);
}
