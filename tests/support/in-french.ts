import type { Resolution } from '../../src/data/resolve-french';
import type { FixOption } from '../../src/data/row-fix';
import { renderImportMessage, type ImportMessage } from '../../src/i18n/import-messages';

const fr = (message: ImportMessage) => renderImportMessage(message, 'fr');

/** A resolution as the French report words it: its error and warnings as text, for assertions on the text. */
export type InFrench<T> = ({ value: T } | { error: string }) & { warnings: string[]; suggestions?: FixOption[] };

export function inFrench<T>(answer: Resolution<T>): InFrench<T> {
  const warnings = answer.warnings.map(fr);
  return 'error' in answer ? { ...answer, error: fr(answer.error), warnings } : { ...answer, warnings };
}
