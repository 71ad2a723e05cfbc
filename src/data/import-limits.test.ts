import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { sheetOf, sheetXml, workbookBytes } from '../../tests/fixtures/import/workbook';
import { importInventory, type ImportOptions } from './import';
import { IMPORT_LIMITS, XLSX_MAX_ROW } from './import-limits';
import { UnreadableFileError } from './read-table';

const text = (value: string) => new TextEncoder().encode(value);
const importOf = (input: Uint8Array, options: ImportOptions = {}) => importInventory(input, miniGazetteers(), options);

async function refusal(input: Uint8Array, options: ImportOptions = {}): Promise<string> {
  const failure = await importOf(input, options).then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(UnreadableFileError);
  return (failure as Error).message;
}

const HEADER = ['collectivite_code', 'pays_partenaire'];

describe('limits of an import, each refused with its reason', () => {
  it('are those docs/import-format.md states', () => {
    expect(IMPORT_LIMITS).toEqual({ fileBytes: 384 * 1024 * 1024, rows: 2_000_000, columns: 16_384, xmlBytes: 256 * 1024 * 1024 });
    expect(XLSX_MAX_ROW).toBe(1_048_576);
    // A sheet expanding to 400 MB must be stopped before it is read whole.
    expect(IMPORT_LIMITS.xmlBytes).toBeLessThan(400e6);
  });

  it('refuses a file above the size limit before decoding it', async () => {
    const csv = text(`${HEADER.join(';')}\n${'35238;Sénégal\n'.repeat(100)}`);
    expect(await refusal(csv, { limits: { fileBytes: 1000 } })).toMatch(/pèse 1\s634 octets, au-delà de la limite de 1\s000 octets/);
  });

  it('refuses a CSV or a sheet with more rows than the limit', async () => {
    const rows = Array.from({ length: 12 }, () => ['35238', 'Sénégal']);
    const csv = text([HEADER, ...rows].map((row) => row.join(';')).join('\n'));
    expect(await refusal(csv, { limits: { rows: 10 } })).toMatch(/limite de 10 lignes/);
    const xlsx = workbookBytes({ Inventaire: sheetXml([HEADER, ...rows]) });
    expect(await refusal(xlsx, { limits: { rows: 10 } })).toMatch(/limite de 10 lignes/);
    expect((await importOf(csv, { limits: { rows: 12 } })).report.rows).toBe(12);
  });

  it('refuses a CSV line with more cells than the column limit', async () => {
    const csv = text(`${HEADER.join(';')}\n35238;Sénégal${';x'.repeat(20)}\n`);
    expect(await refusal(csv, { limits: { columns: 16 } })).toMatch(/ligne 2 a 22 colonnes, au-delà de la limite de 16/);
  });

  it('refuses, without allocating them, a sheet declaring row 100,000,000 or a cell in column ZZZZZ', async () => {
    const farRow = workbookBytes({ Feuille: sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>collectivite_code</t></is></c></row><row r="100000000"><c r="A100000000"><v>1</v></c></row>') });
    expect(await refusal(farRow)).toMatch(/ligne n° 100\s000\s000, au-delà de la limite de 1\s048\s576 lignes/);
    const farColumn = workbookBytes({ Feuille: sheetOf('<row r="1"><c r="ZZZZZ1"><v>1</v></c></row>') });
    expect(await refusal(farColumn)).toMatch(/cellule ZZZZZ1 est au-delà de la dernière colonne/);
  });

  it('stops decompressing a sheet past the part limit, whatever the ZIP declares', async () => {
    const padding = `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(2 * 1024 * 1024)}</t></is></c></row>`;
    const bomb = workbookBytes({ Feuille: sheetOf(padding) });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(bomb, { limits: { xmlBytes: 1024 * 1024 } })).toMatch(/« xl\/worksheets\/sheet1.xml » du classeur se décompresse au-delà de la limite de 1\s048\s576 octets/);
  });

  it('reads a sheet of 30,000 rows (no recursion per row or per chunk)', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [i % 2 ? '35238' : '69123', 'Sénégal', `ligne ${i}`]);
    const { report } = await importOf(workbookBytes({ Inventaire: sheetXml([[...HEADER, 'note'], ...rows]) }));
    expect(report).toMatchObject({ rows: 30_000, imported: 30_000, rejected: 0 });
    // A correctness check, not a timing: room for a loaded machine.
  }, 60_000);

  it('refuses a damaged ZIP or one that is no workbook', async () => {
    expect(await refusal(zipSync({ 'readme.txt': strToU8('bonjour') }))).toMatch(/XLSX est illisible/);
  });
});
