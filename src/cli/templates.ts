/**
 * Writes public/templates/modele-cooperations.xlsx, the empty inventory template: one header row
 * of canonical columns. Run with `npx tsx src/cli/templates.ts`; the output is committed.
 */
import { writeFile } from 'node:fs/promises';
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { INVENTORY_COLUMNS } from '../domain/inventory';

const OUTPUT = 'public/templates/modele-cooperations.xlsx';
// Fixed ZIP entry dates make the committed file byte-for-byte reproducible.
const ENTRY_DATE = new Date('2025-01-01T00:00:00Z');

const xlsx = await writeXlsxFile([INVENTORY_COLUMNS.map((value) => ({ value, fontWeight: 'bold' as const }))], {
  sheet: 'Coopérations',
  columns: INVENTORY_COLUMNS.map((column) => ({ width: Math.max(12, column.length + 2) })),
  stickyRowsCount: 1,
}).toBuffer();
await writeFile(OUTPUT, zipSync(unzipSync(new Uint8Array(xlsx)), { mtime: ENTRY_DATE }));
console.log(`${OUTPUT} écrit.`);
