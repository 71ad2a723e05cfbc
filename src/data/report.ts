import type { Cooperation } from '../domain/cooperation';
import type { IssueFix } from './row-fix';

export type IssueSeverity = 'error' | 'warning';

/** One problem found in the imported file. `row` is the line a spreadsheet shows (header = 1). */
export interface ImportIssue {
  row: number;
  /** The column as written in the file, or null when the issue concerns the whole row. */
  column: string | null;
  severity: IssueSeverity;
  message: string;
  /** Present when the report can mend the row: candidates, suggestions, or a place to type. */
  fix?: IssueFix;
}

/** How the file was read, for the person who imported it. */
export interface ImportInput {
  format: 'csv' | 'xlsx';
  /** Text encoding (CSV), e.g. "utf-8", "windows-1252". */
  encoding?: string;
  /** Field delimiter (CSV). */
  delimiter?: string;
  /** Sheet read (XLSX). */
  sheet?: string;
  /** true when the file was recognised as a Wikidata Query Service export. */
  wikidata: boolean;
}

/** rows == imported + rejected; every rejected or altered row has at least one issue naming it. */
export interface ImportReport {
  rows: number;
  imported: number;
  rejected: number;
  issues: ImportIssue[];
  input?: ImportInput;
}

export interface ImportResult {
  cooperations: Cooperation[];
  report: ImportReport;
}

/** Collects the issues of one row, or of the file (row 1 = the header). */
export class IssueList {
  readonly items: ImportIssue[] = [];

  error(row: number, column: string | null, message: string, fix?: IssueFix): void {
    this.items.push({ row, column, severity: 'error', message, ...(fix ? { fix } : {}) });
  }

  warning(row: number, column: string | null, message: string, fix?: IssueFix): void {
    this.items.push({ row, column, severity: 'warning', message, ...(fix ? { fix } : {}) });
  }
}
