import { IMPORT_LIMITS, type ImportLimits } from './import-limits';
import { UnreadableFileError } from './report';
import { tableFromRecords, type CellNote, type Table, type TableRow } from './table';

export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvTable extends Table {
  delimiter: CsvDelimiter;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

interface RecordRead {
  cells: string[];
  /** Offset just after the record's line break. */
  next: number;
  unterminated: boolean;
}

/**
 * RFC 4180 parser (quoted cells, doubled quotes, CRLF/LF/CR, multi-line cells), lenient where
 * spreadsheets are: a quote inside an unquoted cell is literal. Each record gets the line a
 * spreadsheet shows: record index + 1, whatever its cells span. Excel's `sep=;` first line sets
 * the delimiter and is not a record. An unterminated quote is reported and its record is re-read
 * up to its line end, quotes literal. Past the limits of rows or cells the read stops with an error.
 */
export function parseCsv(text: string, delimiter?: CsvDelimiter, limits: ImportLimits = IMPORT_LIMITS): CsvTable {
  const directive = SEP_LINE.exec(text.slice(0, 8));
  let position = directive ? directive[0].length : 0;
  const chosen = delimiter ?? (directive ? (directive[1] as CsvDelimiter) : sniffDelimiter(text.slice(position)));
  const separator = chosen.charCodeAt(0);
  const notes: CellNote[] = [];
  const records: TableRow[] = [];
  while (position < text.length) {
    const line = records.length + 1;
    let record = readRecord(text, position, separator);
    if (record.unterminated) {
      notes.push({ line, column: null, severity: 'error', message: { code: 'csv.unterminatedQuote' } });
      record = readLiteralRecord(text, position, separator);
    }
    if (record.cells.length > limits.columns) {
      throw new UnreadableFileError({ code: 'file.tooManyColumns', params: { row: line, count: record.cells.length, limit: limits.columns } });
    }
    if (records.length > limits.rows) throw new UnreadableFileError({ code: 'file.tooManyRows', params: { limit: limits.rows } });
    records.push({ line, cells: record.cells });
    position = record.next;
  }
  return { ...tableFromRecords(records, notes), delimiter: chosen };
}

const SEP_LINE = /^sep=([;,\t|])\r?\n/i;

function readRecord(text: string, start: number, separator: number): RecordRead {
  const cells: string[] = [];
  let position = start;
  for (;;) {
    let cell: string;
    if (text.charCodeAt(position) === QUOTE) {
      let value = '';
      let from = position + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return { cells, next: text.length, unterminated: true };
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          from = quote + 2;
          continue;
        }
        position = quote + 1;
        break;
      }
      // Text between the closing quote and the next separator is kept, as spreadsheets do.
      const end = fieldEnd(text, position, separator);
      cell = value + text.slice(position, end);
      position = end;
    } else {
      const end = fieldEnd(text, position, separator);
      cell = text.slice(position, end);
      position = end;
    }
    cells.push(cell);
    const code = text.charCodeAt(position);
    if (code === separator) {
      position += 1;
      continue;
    }
    return { cells, next: afterLineBreak(text, position), unterminated: false };
  }
}

function readLiteralRecord(text: string, start: number, separator: number): RecordRead {
  const end = fieldEnd(text, start, -1);
  return {
    cells: text.slice(start, end).split(String.fromCharCode(separator)),
    next: afterLineBreak(text, end),
    unterminated: false,
  };
}

/** Offset of the next separator or line break (or the end of the text). */
function fieldEnd(text: string, from: number, separator: number): number {
  let position = from;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === separator || code === LF || code === CR) break;
    position += 1;
  }
  return position;
}

function afterLineBreak(text: string, position: number): number {
  if (text.charCodeAt(position) === CR && text.charCodeAt(position + 1) === LF) return position + 2;
  return position + 1;
}

/** The candidate found most often in the first record outside quotes; `;` first on ties, `,` if none. */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let position = 0; position < text.length; position += 1) {
    const char = text[position];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of CSV_DELIMITERS) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
