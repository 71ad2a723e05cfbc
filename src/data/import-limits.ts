/** What one import accepts; docs/import-format.md states them, and a test holds each. */
export interface ImportLimits {
  /** Size of the file itself. */
  fileBytes: number;
  /** Data rows (blank rows aside). */
  rows: number;
  /** Cells of one row. */
  columns: number;
  /** Decompressed size of one part of a workbook (a sheet, its shared strings). */
  xmlBytes: number;
}

const MIB = 1024 * 1024;

export const IMPORT_LIMITS: ImportLimits = {
  // Below the longest string V8 holds (2^29 - 24 characters), which the decoded text must fit in.
  fileBytes: 384 * MIB,
  rows: 2_000_000,
  // Excel's last column, XFD.
  columns: 16_384,
  xmlBytes: 256 * MIB,
};

/** Excel's last row: a sheet that declares a row beyond it is damaged. */
export const XLSX_MAX_ROW = 1_048_576;

export const limitsWith = (overrides: Partial<ImportLimits> = {}): ImportLimits => ({ ...IMPORT_LIMITS, ...overrides });
