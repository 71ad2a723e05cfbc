import type { ColumnMapping } from './columns';
import type { RowCorrection } from './corrections';
import type { ImportResult } from './report';
import type { TableRow } from './table';

/**
 * What the report needs of the file to export its rejected rows or mend a row: the header, how
 * the columns were read, and the original cells of the rows rejected or placed approximately.
 */
export interface ImportSource {
  header: string[];
  columnMapping: ColumnMapping;
  /** Headers that match no inventory column, kept as they are: the user may say what they hold. */
  unmappedHeaders: string[];
  rows: TableRow[];
  /** The corrections applied to this import. */
  corrections: RowCorrection[];
}

export interface ImportOutput extends ImportResult {
  source: ImportSource;
}
