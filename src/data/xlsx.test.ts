import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { importInventory } from './import';
import { cellText, listSheets, looksLikeXlsx, readXlsx } from './xlsx';

async function workbook(): Promise<Uint8Array> {
  const buffer = await writeXlsxFile([
    {
      sheet: 'Notes',
      data: [[{ value: 'Rien à importer ici' }]],
    },
    {
      sheet: 'Inventaire',
      data: [
        ['Code INSEE', 'Commune', 'Pays', 'Ville partenaire', 'Année début', 'Budget'].map((value) => ({ value })),
        [{ value: '35238' }, { value: 'Rennes' }, { value: 'Sénégal' }, { value: 'Saint-Louis' }, { value: new Date(Date.UTC(1998, 5, 1)), format: 'dd/mm/yyyy' }, { value: 12500.5 }],
        [{ value: 1053 }, { value: 'Bourg-en-Bresse' }, { value: 'DEU' }, { value: 'Bad Kreuznach' }, { value: 36526 }, { value: 3000 }],
      ],
    },
  ]).toBuffer();
  return new Uint8Array(buffer);
}

describe('XLSX', () => {
  it('is recognised, lists its sheets and reads one by name or position as text cells', async () => {
    const bytes = await workbook();
    expect(looksLikeXlsx(bytes)).toBe(true);
    expect(await listSheets(bytes.slice().buffer)).toEqual(['Notes', 'Inventaire']);
    const byName = await readXlsx(bytes.slice().buffer, 'Inventaire');
    expect(byName.rows[0]).toMatchObject({ line: 2, cells: ['35238', 'Rennes', 'Sénégal', 'Saint-Louis', '1998-06-01', '12500,5'] });
    expect(byName.rows[0].numbers?.[5]).toBe(12500.5);
    expect((await readXlsx(bytes.slice().buffer, 2)).header).toEqual(byName.header);
    expect((await readXlsx(bytes.slice().buffer)).sheet).toBe('Notes');
    await expect(readXlsx(bytes.slice().buffer, 'Absente')).rejects.toThrow(/« Notes », « Inventaire »/);
  });

  it('imports a sheet: dates and Excel serials become years, numbers keep their decimals', async () => {
    const { cooperations, report } = await importInventory(await workbook(), miniGazetteers(), { sheet: 'Inventaire' });
    expect(report).toMatchObject({ rows: 2, imported: 2, rejected: 0, input: { format: 'xlsx', sheet: 'Inventaire' } });
    expect(cooperations.map((c) => [c.ctCode, c.startYear, c.annualBudgetEur])).toEqual([
      ['35238', 1998, 12500.5],
      ['01053', 2000, 3000],
    ]);
    expect(report.issues.map((issue) => issue.row)).toEqual([3, 3]);
  });

  it('writes cells as a French user types them', () => {
    expect([1234.5, 2015, true, null, new Date(Date.UTC(2020, 0, 2))].map(cellText)).toEqual(['1234,5', '2015', 'oui', '', '2020-01-02']);
  });
});
