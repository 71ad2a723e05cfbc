import type { Cooperation } from '../domain/cooperation';
import { renderImportMessage, type ImportMessage, type ImportMessageId, type ImportMessageParams } from '../i18n/import-messages';
import type { IssueFix } from './row-fix';

export type IssueSeverity = 'error' | 'warning';

/** One problem found in the imported file. `row` is the line a spreadsheet shows (header = 1). */
export interface ImportIssue {
  row: number;
  /** The column as written in the file, or null when the issue concerns the whole row. */
  column: string | null;
  severity: IssueSeverity;
  code: ImportMessageId;
  params?: ImportMessageParams;
  /** The message in French, for the CLI and the saved report; the interface renders `code` in its language. */
  message: string;
  /** Present when the report can mend the row: candidates, suggestions, or a place to type. */
  fix?: IssueFix;
}

export function issueOf(row: number, column: string | null, severity: IssueSeverity, message: ImportMessage, fix?: IssueFix): ImportIssue {
  return { row, column, severity, ...message, message: renderImportMessage(message, 'fr'), ...(fix ? { fix } : {}) };
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

  error(row: number, column: string | null, code: ImportMessageId, params?: ImportMessageParams, fix?: IssueFix): void {
    this.items.push(issueOf(row, column, 'error', { code, params }, fix));
  }

  warning(row: number, column: string | null, code: ImportMessageId, params?: ImportMessageParams, fix?: IssueFix): void {
    this.items.push(issueOf(row, column, 'warning', { code, params }, fix));
  }
}

/** A file that cannot be imported at all (not a table, over a limit); its message says why, in French. */
export class UnreadableFileError extends Error {
  constructor(readonly reason: ImportMessage) {
    super(renderImportMessage(reason, 'fr'));
  }
}
