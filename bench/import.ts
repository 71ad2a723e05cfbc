import Papa from 'papaparse';
import { importInventory } from '../src/data/import';
import { toInventoryCsv } from '../src/data/write';
import type { Dataset } from './dataset';
import { compare, type Result } from './harness';

/** Above this, the CSV (hundreds of MB) and its import take minutes: left out, and said so. */
export const IMPORT_MAX_ROWS = 100_000;

/** Few runs: one import of 100,000 rows takes seconds. */
const IMPORT_TIMING = { warmup: 1, runs: 3, budgetMs: 10_000, maxRuns: 7 };

/**
 * The inventory CSV of the synthetic rows (real collectivity codes and partner names) imported
 * as a user's file is: decoding, parsing, columns, validation, French and partner resolution.
 * Baseline: papaparse's bare parse of the same text, so the ratio is the cost of the rest.
 */
export async function importBench({ n, cooperations, source }: Dataset): Promise<Result[]> {
  if (n > IMPORT_MAX_ROWS) {
    console.log(
      `import: skipped at n = ${n.toLocaleString('en')} (over ${IMPORT_MAX_ROWS.toLocaleString('en')} rows); time the CLI on such a file instead: ` +
        `npx tsx bench/inventory-file.ts ${n} /tmp/inventaire.csv && /usr/bin/time -v npm run import -- /tmp/inventaire.csv --out /tmp/sortie`,
    );
    return [];
  }
  const text = toInventoryCsv(cooperations);
  const bytes = new TextEncoder().encode(text);
  const { report } = await importInventory(bytes, source);
  // Drawn with replacement from 10,000 demo rows, some rows come out identical: rejected as duplicates, as a user's would be.
  console.log(`import: ${report.imported.toLocaleString('en')} of ${n.toLocaleString('en')} rows imported, ${report.rejected.toLocaleString('en')} rejected`);
  if (report.imported < n / 2) throw new Error(`import: only ${report.imported} of ${n} rows imported`);
  return [
    await compare(
      'import',
      n,
      { name: 'importInventory', run: () => importInventory(bytes, source) },
      { name: 'papaparse', run: () => Papa.parse(text, { delimiter: ';' }) },
      IMPORT_TIMING,
    ),
  ];
}
